/**
 * Meeting notes get their date: each note opens with a dated line, and the meetings folder's page
 * (its README, or the page generated for a folder without one) ends with every note, newest first.
 */
import type { List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { ContentPage } from '../content-loader/content-site.ts';
import { formatDate } from '../content-loader/format-date.ts';
import { isFolderPage, pageHref } from '../content-loader/page-id.ts';
import { contentSite } from '../content-loader/scan-content.ts';
import { contentRelPath } from '../content-loader/content-file.ts';

/** Options of `remarkMeetingsIndex`. */
export interface MeetingsIndexOptions {
	/** Absolute content folder, e.g. `/work/main/content`. */
	contentDir: string;
	/** Site base path, e.g. `/masters-thesis/`. */
	base: string;
}

/**
 * Remark plugin adding meeting dates and the meetings list.
 * @param options e.g. `{ contentDir: '/work/main/content', base: '/' }`
 */
export function remarkMeetingsIndex(options: MeetingsIndexOptions) {
	return (tree: Root, file: VFile) => {
		const relPath = contentRelPath(file, options.contentDir);
		if (relPath === undefined) return;
		const site = contentSite(options.contentDir);
		const page = site.byRelPath.get(relPath);
		if (page?.meetingsFolder !== undefined && page.date) tree.children.unshift(dateLine(page.date));
		const folder = relPath.includes('/') ? relPath.slice(0, relPath.lastIndexOf('/')) : '';
		const notes = site.meetings.get(folder);
		if (isFolderPage(relPath) && notes) tree.children.push(...meetingsList(notes, options.base));
	};
}

// Made as elements, not HTML text: raw HTML is the authors' and gets sanitized (see src/raw-html/site-markup.ts).
function dateLine(iso: string): RootContent {
	return { type: 'paragraph', data: { hProperties: { className: ['meeting-date'] } }, children: [{ type: 'text', value: 'Meeting of ' }, time(iso)] };
}

/** `<time datetime="2024-11-04">4 Nov 2024</time>` as mdast. */
function time(iso: string): PhrasingContent {
	return { type: 'emphasis', data: { hName: 'time', hProperties: { dateTime: iso } }, children: [{ type: 'text', value: formatDate(iso) }] };
}

/**
 * The "All meetings" section: a heading and one list item per note, newest first.
 * @param notes meeting notes, newest first
 * @param base e.g. `/masters-thesis/`
 */
export function meetingsList(notes: ContentPage[], base: string): RootContent[] {
	const items = notes.map((note): ListItem => ({
		type: 'listItem',
		spread: false,
		children: [{
			type: 'paragraph',
			children: [
				...(note.date ? [time(note.date), { type: 'text' as const, value: ': ' }] : [{ type: 'text' as const, value: 'No date: ' }]),
				{ type: 'link', url: pageHref(note.id, base), children: [{ type: 'text', value: note.title ?? note.relPath }] },
			],
		}],
	}));
	// The class marks what the site adds to the Markdown (npm run parity leaves it out of the comparison).
	const marked = { hProperties: { className: ['meetings-index'] } };
	const list: List = { type: 'list', ordered: false, spread: false, children: items, data: marked };
	return [{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'All meetings' }], data: marked }, list];
}
