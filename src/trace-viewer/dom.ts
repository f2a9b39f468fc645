/** DOM helpers of the viewer: every string becomes a text node, never markup. */

/** Children accepted by `h`: nodes, or strings that become text nodes; falsy entries are skipped. */
export type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children, e.g. `h('button', { type: 'button' }, ['Reset'])`.
 * Attribute values go through `setAttribute`, text through `createTextNode`.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, children: Child[] = []): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs)) element.setAttribute(k, v);
	for (const child of children) if (child) element.append(typeof child === 'string' ? document.createTextNode(child) : child);
	return element;
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent: Element, children: Child[]): void {
	parent.replaceChildren(...(children.filter(Boolean) as (Node | string)[]).map((c) => (typeof c === 'string' ? document.createTextNode(c) : c)));
}

/** Saves a blob under a file name through a temporary download link. */
export function download(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = h('a', { href: url, download: fileName, hidden: '' });
	document.body.append(a);
	a.click();
	a.remove();
	// Revoking at once can cancel the download in some browsers.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
