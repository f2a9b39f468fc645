/**
 * Which links get a preview, where the preview's data is, and what the preview says: the pure
 * parts of `<link-previews>` (link-preview-element.ts). A link gets a preview when it leads to
 * another page of this site: same origin, under the base path, a page URL (ending in `/`, not a
 * file, not one of the build's own folders), not the page it is on.
 */
import type { PreviewData } from './preview-data.ts';

/** Where a previewed link leads. */
export interface PreviewTarget {
	/** The preview data's path, e.g. `/masters-thesis/link-previews/glossary.json`. */
	dataUrl: string;
	/** The heading the link points at, decoded, e.g. `drift`; undefined for the page itself. */
	anchor?: string;
}

/** What one open preview shows. */
export interface PreviewView {
	/** e.g. `Glossary › Drift` for a link to a heading, else the page title. */
	title: string;
	date?: { iso: string; label: string };
	/** Plain text, e.g. `The gap between desired and observed state.` */
	text: string;
}

/** Folders under the base path that hold build output, not pages. */
const notPages = ['_astro/', '_traces/', 'pagefind/', 'link-previews/'];

/**
 * The preview of a link, or undefined when the link gets none.
 * @param href the link's URL, e.g. `https://x.github.io/masters-thesis/glossary/#drift`
 * @param pageUrl the URL of the page the link is on, e.g. `https://x.github.io/masters-thesis/`
 * @param base the site's base path, e.g. `/masters-thesis/`
 * @returns e.g. `{ dataUrl: '/masters-thesis/link-previews/glossary.json', anchor: 'drift' }`
 */
export function previewTarget(href: string, pageUrl: string, base: string): PreviewTarget | undefined {
	let url: URL;
	let page: URL;
	try {
		page = new URL(pageUrl);
		url = new URL(href, page);
	} catch {
		return undefined;
	}
	const prefix = base.endsWith('/') ? base : `${base}/`;
	if (url.origin !== page.origin || !url.pathname.startsWith(prefix) || url.pathname === page.pathname) return undefined;
	const rest = url.pathname.slice(prefix.length);
	if ((rest !== '' && !rest.endsWith('/')) || rest.includes('.') || rest.includes('//') || notPages.some((folder) => rest.startsWith(folder))) return undefined;
	const id = rest === '' ? 'index' : rest.slice(0, -1);
	const anchor = safeDecode(url.hash.slice(1));
	return { dataUrl: `${prefix}link-previews/${id}.json`, ...(anchor && anchor !== '_top' ? { anchor } : {}) };
}

/**
 * Whether fetched JSON is preview data (a missing or foreign file never is).
 * @param value e.g. `{ title: 'Glossary', text: '', sections: {} }` -> true
 */
export function isPreviewData(value: unknown): value is PreviewData {
	if (typeof value !== 'object' || value === null) return false;
	const data = value as Record<string, unknown>;
	return typeof data.title === 'string' && typeof data.text === 'string' && typeof data.sections === 'object' && data.sections !== null;
}

/**
 * What the preview of a link shows: the heading's paragraph for a link to a heading that has one, else the page's.
 * @param data e.g. the glossary's preview data
 * @param anchor e.g. `drift` -> `{ title: 'Glossary › Drift', text: 'The gap ...' }`
 */
export function previewView(data: PreviewData, anchor?: string): PreviewView {
	const section = anchor === undefined ? undefined : Object.hasOwn(data.sections, anchor) ? data.sections[anchor] : undefined;
	const date = data.date ? { date: data.date } : {};
	if (section?.text && section.heading !== data.title) return { title: `${data.title} › ${section.heading}`, ...date, text: section.text };
	return { title: data.title, ...date, text: data.text };
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}
