/**
 * The URLs an element of an author's HTML carries, as GitHub resolves them: `<a href>` is a link;
 * `<img src>`, `<source src srcset>` and `<video src poster>` name files to show. A `srcset` holds
 * several URLs, each with an optional size (`a.png 1x, b.png 2x`); it is split at commas, so a URL
 * with a comma in it reads as two (browsers are cleverer; file names in notes rarely need it).
 */
import type { Element } from 'hast';

/** Which properties of which elements hold URLs, and what kind. */
const urlProperties: Record<string, { property: string; kind: 'link' | 'image' }[]> = {
	a: [{ property: 'href', kind: 'link' }],
	img: [{ property: 'src', kind: 'image' }],
	source: [{ property: 'src', kind: 'image' }, { property: 'srcSet', kind: 'image' }],
	video: [{ property: 'src', kind: 'image' }, { property: 'poster', kind: 'image' }],
};

/** One URL of an element, e.g. `{ property: 'srcSet', kind: 'image', url: './dark.png' }`. */
export interface HtmlUrl {
	property: string;
	kind: 'link' | 'image';
	url: string;
}

/**
 * Every URL of an element, in attribute order.
 * @param node e.g. `<source srcset="a.png 1x, b.png 2x">` -> urls `a.png` and `b.png`
 */
export function htmlUrls(node: Element): HtmlUrl[] {
	return (urlProperties[node.tagName] ?? []).flatMap(({ property, kind }) =>
		candidates(property, node.properties[property]).map(({ url }) => ({ property, kind, url })),
	);
}

/**
 * Replaces each URL of an element with what `rewrite` returns for it (undefined keeps it).
 * @param rewrite e.g. `(url) => url.replace(/^\.\//, '/files/')`
 */
export function rewriteHtmlUrls(node: Element, rewrite: (url: string, kind: 'link' | 'image') => string | undefined): void {
	for (const { property, kind } of urlProperties[node.tagName] ?? []) {
		const value = node.properties[property];
		if (value === undefined || value === null) continue;
		const rewritten = candidates(property, value).map(({ url, size }) => [rewrite(url, kind) ?? url, size].filter(Boolean).join(' '));
		node.properties[property] = rewritten.join(', ');
	}
}

/**
 * A property's URLs: the one of `href`/`src`, one per candidate of a `srcset`.
 * @param value e.g. `a.png 1x, b.png 2x` for `srcSet` -> `a.png` (`1x`) and `b.png` (`2x`)
 */
export function candidates(property: string, value: unknown): { url: string; size: string }[] {
	const text = Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : '';
	if (property !== 'srcSet') return text.trim() === '' ? [] : [{ url: text.trim(), size: '' }];
	return text.split(',').map((candidate) => candidate.trim()).filter(Boolean).map((candidate) => {
		const [url, ...size] = candidate.split(/\s+/);
		return { url, size: size.join(' ') };
	});
}
