/**
 * Sanitizes a parsed page (parse-raw-html.ts) with the one schema (sanitize-schema.ts), using
 * hast-util-sanitize, and lists what it removed. The site's own markup (`origin: 'site'`) stands
 * aside meanwhile: a `whole` element is kept as it is, a `frame` keeps its tag and attributes while
 * its children, the author's, are sanitized in place. Ids and names get GitHub's `user-content-`
 * prefix (links to them are pointed there, see resolve-github-link.ts); that is not a removal.
 */
import type { Element, ElementContent, Properties, Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { elementData } from './parse-raw-html.ts';
import { sanitizeSchema } from './sanitize-schema.ts';
import { USER_CONTENT_PREFIX } from './user-content-anchor.ts';

/** One thing sanitizing took out, e.g. `{ line: 4, tagName: 'img', attributes: [['onerror', 'alert(1)']] }`. */
export interface RemovedHtml {
	/** 1-based line in the page, 0 when unknown. */
	line: number;
	tagName: string;
	/** Removed attributes as `[name, value]` (no value for a boolean one); empty when the whole element went. */
	attributes: [string, string?][];
}

declare module 'hast' {
	interface Data {
		/** Transient: which element before sanitizing this is (`sanitizeHtml` only). */
		sanitizeKey?: number;
	}
}

/**
 * Sanitizes a tree; returns the safe tree and the removals in document order.
 * @param tree the output of `parseRawHtml`
 */
export function sanitizeHtml(tree: Root): { tree: Root; removed: RemovedHtml[] } {
	const kept: Element[] = [];
	const before: { element: Element; line: number }[] = [];
	const prepare = (parent: Root | Element, line: number) => {
		parent.children = parent.children.map((child) => {
			if (child.type !== 'element') return child;
			const at = child.position?.start.line ?? line;
			if (child.data?.origin === 'site') {
				// A stand-in the schema allows, keyed below zero; `data` survives sanitizing, so it is found again.
				const key = -kept.push(child);
				const standIn: Element = { type: 'element', tagName: 'span', properties: {}, children: child.data.siteMarkup === 'frame' ? child.children : [], data: elementData(undefined, { sanitizeKey: key }) };
				if (child.data.siteMarkup === 'frame') prepare(standIn, at);
				return standIn;
			}
			child.data = elementData(child.data, { sanitizeKey: before.push({ element: child, line: at }) - 1 });
			prepare(child, at);
			return child;
		}) as typeof parent.children;
	};
	prepare(tree, 0);
	const safe = sanitize(tree, sanitizeSchema) as Root;
	const after = new Map<number, Properties>();
	const restore = (parent: Root | Element) => {
		parent.children = parent.children.map((child) => {
			if (child.type !== 'element') return child;
			const key = child.data?.sanitizeKey;
			if (key === undefined) return child;
			if (key < 0) {
				const original = kept[-key - 1];
				const restored: Element = { ...original, children: original.data?.siteMarkup === 'frame' ? child.children : original.children };
				if (original.data?.siteMarkup === 'frame') restore(restored);
				return restored;
			}
			after.set(key, child.properties);
			delete child.data?.sanitizeKey;
			restore(child);
			return child;
		}) as ElementContent[];
	};
	restore(safe);
	const removed: RemovedHtml[] = [];
	before.forEach(({ element, line }, key) => {
		const properties = after.get(key);
		if (!properties) removed.push({ line, tagName: element.tagName, attributes: [] });
		else {
			const attributes = removedAttributes(element.properties, properties);
			if (attributes.length > 0) removed.push({ line, tagName: element.tagName, attributes });
		}
	});
	return { tree: safe, removed };
}

/** Attributes that are gone or lost some of their values (`class="a b"` -> `class="b"` removes `class="a"`). */
function removedAttributes(unsafe: Properties, safe: Properties): [string, string?][] {
	const removed: [string, string?][] = [];
	for (const [key, value] of Object.entries(unsafe)) {
		if (value === undefined || value === null || value === false) continue;
		const name = find(html, key).attribute;
		const kept = safe[key];
		if (kept === undefined || kept === null) {
			removed.push(value === true ? [name] : [name, Array.isArray(value) ? value.join(' ') : String(value)]);
		} else if (Array.isArray(value)) {
			// A prefixed id (`aria-describedby="user-content-x"`) is the same value, not a removal.
			const clobbered = sanitizeSchema.clobber?.includes(key) ?? false;
			const left = new Set((Array.isArray(kept) ? kept : [kept]).map((item) => (clobbered ? String(item).slice(USER_CONTENT_PREFIX.length) : String(item))));
			const lost = value.map(String).filter((item) => !left.has(item));
			if (lost.length > 0) removed.push([name, lost.join(' ')]);
		}
	}
	return removed;
}
