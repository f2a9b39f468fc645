/**
 * The build's words for what happens to an author's HTML, one line each, after `file:line: `.
 * GitHub does the same to the same HTML, so the message says so: the note reads alike in both places.
 */
import type { RemovedHtml } from './sanitize-html.ts';

const MAX_VALUE = 60;

/**
 * A removal in words.
 * @param removed e.g. `{ line: 4, tagName: 'img', attributes: [['onerror', 'alert(1)']] }` ->
 *   `removed onerror="alert(1)" from <img> (GitHub does not render it)`
 */
export function describeRemovedHtml(removed: RemovedHtml): string {
	if (removed.attributes.length === 0) return `removed <${removed.tagName}> (GitHub does not render it)`;
	const attributes = removed.attributes.map(([name, value]) => (value === undefined ? name : `${name}="${shorten(value)}"`));
	const list = attributes.length === 1 ? attributes[0] : `${attributes.slice(0, -1).join(', ')} and ${attributes.at(-1)}`;
	return `removed ${list} from <${removed.tagName}> (GitHub does not render ${attributes.length === 1 ? 'it' : 'them'})`;
}

/**
 * A tag shown as text in words.
 * @param tagName e.g. `script` -> `<script> is shown as text, as GitHub shows it (GFM tagfilter)`
 */
export function describeTagfiltered(tagName: string): string {
	return `<${tagName}> is shown as text, as GitHub shows it (GFM tagfilter)`;
}

function shorten(value: string): string {
	const flat = value.replace(/\s+/g, ' ').replaceAll('"', '&quot;');
	return flat.length > MAX_VALUE ? `${flat.slice(0, MAX_VALUE - 1)}…` : flat;
}
