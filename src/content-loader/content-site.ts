/**
 * The model of a content folder that every build step shares: which Markdown files are pages,
 * their ids, titles, meeting dates, heading anchors, links and link previews. Built from file contents only, so
 * the sidebar (at config time), the loader and the Markdown plugins all agree.
 */
import { posix } from 'node:path';
import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { meetingDate } from './meeting-date.ts';
import { meetingDateWithHistory } from './meeting-date-history.ts';
import { folderId, isFolderPage, pageId } from './page-id.ts';
import { headingAnchors } from './heading-anchors.ts';
import { linkSentences, type LinkSentence } from './link-sentences.ts';
import { describePageHtml } from './page-html.ts';
import { headingText, isMdxPath, parseMarkdown, titleHeading, type ParsedMarkdown } from './parse-markdown.ts';
import { blockFiles, figureFiles } from '../embeds/embedded-files.ts';
import { figureLinkTexts, type FigureLinkText } from '../embeds/shared/figure-link-texts.ts';
import { githubEmoji } from '../github-markdown/github-emoji.ts';
import type { WrittenLink } from './written-link.ts';
import { previewData, type PreviewData } from '../link-preview/preview-data.ts';

export type { WrittenLink };

/** One Markdown (or MDX) file of the content folder. */
export interface ContentPage {
	/** Posix path relative to the content folder, e.g. `meetings/Meeting 11-04.md` or `traces/demo.mdx`. */
	relPath: string;
	/** Collection id, e.g. `meetings/meeting-11-04`; `index` for the start page. */
	id: string;
	/** Front matter title, else the first H1; undefined when neither exists. */
	title: string | undefined;
	/** Whether the first H1 is the title and so is dropped from the body. */
	titleIsHeading: boolean;
	frontmatter: Record<string, unknown>;
	/** Folder relative to the content folder, `` for the root. */
	folder: string;
	/** Whether this is the folder's README/index page. */
	isFolderPage: boolean;
	/** The meetings folder this note belongs to, when it is a meeting note. */
	meetingsFolder?: string;
	/** `YYYY-MM-DD` from front matter, or for meeting notes from the name or H1. */
	date?: string;
	/** Anchors of the page's headings, GitHub style (`notes---meeting-041124`). */
	anchors: Set<string>;
	/** The anchor of the title H1 when it is dropped from the body (links to it go to `#_top`). */
	titleAnchor?: string;
	/** Ids and names the page's raw HTML gives, as written, e.g. `setup` (served as `user-content-setup`). */
	htmlAnchors: Set<string>;
	/** Markdown and raw-HTML links and images, in line order. */
	links: WrittenLink[];
	/** The links of the page's prose with the sentence each stands in (for the "Linked from" lists). */
	linkSentences: LinkSentence[];
	/**
	 * Files the page embeds (```trace blocks and their `changes:` and `compare:`, `<TraceViewer src>`, figure references), relative to the content folder
	 * (or absolute, as written), e.g. `traces/percona-5s.csv` or `../data/x.csv`; a change to one
	 * must re-render the page.
	 */
	embeds: string[];
	/** Figure references (`[11.5](traces/x.csv#figure=wakeupsPerMinute)`) with their link text, checked before rendering (`embeds/check-figures.ts`). */
	figures: FigureLinkText[];
	/** What a link preview of the page shows (`<base>link-previews/<id>.json`), its section keys the page's heading anchors. */
	preview: PreviewData;
}

/** A folder holding Markdown, directly or below. */
export interface ContentFolder {
	/** e.g. `meetings`, `` for the root. */
	path: string;
	id: string;
	/** The README's title, else the folder name humanized. */
	label: string;
	/** The README/index page, if any. */
	page?: ContentPage;
	/** Whether the folder's name marks meeting notes (it contains "meeting"). */
	isMeetings: boolean;
	/** `sidebar.order` from the README front matter. */
	order?: number;
}

/** A problem with one file. */
export interface SiteError {
	relPath: string;
	/** 1-based line in the file, when the problem has one. */
	line?: number;
	message: string;
}

/** The whole content folder. */
export interface ContentSite {
	pages: ContentPage[];
	byRelPath: Map<string, ContentPage>;
	/** Pages by collection id; of two pages with one id (an error the build reports) the first in path order. */
	byId: Map<string, ContentPage>;
	folders: Map<string, ContentFolder>;
	/** Meeting notes per meetings folder, newest first, undated last. */
	meetings: Map<string, ContentPage[]>;
	/** Problems per file, e.g. `{ relPath: 'meetings/x.md', message: 'no title: ...' }`. */
	errors: SiteError[];
	/** Doubts that do not stop the build: what readers will not see as written, e.g. `{ relPath: 'x.md', line: 3, message: 'removed <script> ...' }`, or a doubtful meeting date. */
	warnings: SiteError[];
}

/** A Markdown file of the content folder, as the model reads it. */
export interface ContentFile {
	/** e.g. `meetings/Meeting 05-20.md` */
	relPath: string;
	/** The file's text. */
	source: string;
	/** When git first saw the file (`firstCommitDates()`); undefined without history. */
	firstCommit?: Date | undefined;
}

/**
 * Whether a folder name marks meeting notes.
 * @param name e.g. `Meeting notes` -> true
 */
export function isMeetingsFolderName(name: string): boolean {
	return /meeting/i.test(name);
}

/**
 * A folder name made readable.
 * @param name e.g. `reconcile_testing_operators` -> `Reconcile testing operators`
 */
export function humanize(name: string): string {
	const words = name.replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One file read for the model: its page and the problems found in it alone. */
export interface DescribedPage {
	page: ContentPage;
	/** e.g. `[{ relPath: 'x.md', message: 'no title: ...' }]` */
	errors: SiteError[];
	warnings: SiteError[];
}

/**
 * Builds the site model from the Markdown files of a content folder.
 * @param files e.g. `[{ relPath: 'meetings/2024-11-04.md', source: '# Notes - Meeting 04/11/24' }]`
 */
export function describeContentSite(files: ContentFile[]): ContentSite {
	return assembleContentSite(files.map(describeContentPage));
}

/**
 * Puts described files together into the site model: order, duplicate URLs, folders, meetings.
 * What it reads of each file comes from `describeContentPage`, which depends on that file alone,
 * so a caller may keep the described files of unchanged files (`scan-content.ts` does).
 * @param described e.g. `files.map(describeContentPage)`
 */
export function assembleContentSite(described: DescribedPage[]): ContentSite {
	const sorted = [...described].sort((a, b) => (a.page.relPath < b.page.relPath ? -1 : a.page.relPath > b.page.relPath ? 1 : 0));
	const errors = sorted.flatMap((entry) => entry.errors);
	const warnings = sorted.flatMap((entry) => entry.warnings);
	const pages = sorted.map((entry) => entry.page);
	const byRelPath = new Map(pages.map((page) => [page.relPath, page]));
	const byId = new Map(pages.map((page) => [page.id, page] as const).reverse());
	reportDuplicateIds(pages, errors);
	const folders = describeFolders(pages);
	const meetings = new Map<string, ContentPage[]>();
	for (const page of pages) {
		if (page.meetingsFolder === undefined) continue;
		const list = meetings.get(page.meetingsFolder) ?? [];
		list.push(page);
		meetings.set(page.meetingsFolder, list);
	}
	for (const list of meetings.values()) list.sort(newestFirst);
	return { pages, byRelPath, byId, folders, meetings, errors, warnings };
}

/**
 * Reads one Markdown file for the model: title, date, anchors, links, embeds, preview, and its problems.
 * @param file e.g. `{ relPath: 'meetings/2024-11-04.md', source: '# Notes - Meeting 04/11/24' }`
 */
export function describeContentPage(file: ContentFile): DescribedPage {
	const errors: SiteError[] = [];
	const warnings: SiteError[] = [];
	const page = describePage(file, errors, warnings);
	return { page, errors, warnings };
}

function describePage({ relPath, source, firstCommit }: ContentFile, errors: SiteError[], warnings: SiteError[]): ContentPage {
	const { frontmatter, tree } = parsePage(relPath, source, errors);
	// Titles and heading anchors are made from the text GitHub shows: `:tada:` is an emoji there.
	githubEmoji()(tree);
	// An .mdx page is code: its JSX is not raw HTML and is not sanitized.
	const html = isMdxPath(relPath) ? undefined : describePageHtml(tree, source);
	for (const warning of html?.warnings ?? []) warnings.push({ relPath, ...warning });
	const heading = titleHeading(tree);
	const frontmatterTitle = typeof frontmatter.title === 'string' && frontmatter.title.trim() ? frontmatter.title.trim() : undefined;
	const h1 = heading ? headingText(heading) : undefined;
	const title = frontmatterTitle ?? h1;
	if (!title) errors.push({ relPath, message: 'no title: start the file with a "# Heading" line or add front matter "title: ..."' });
	const folder = relPath.includes('/') ? relPath.slice(0, relPath.lastIndexOf('/')) : '';
	const folderPage = isFolderPage(relPath);
	const meetingsFolder = folderPage ? undefined : nearestMeetingsFolder(folder);
	let date: string | undefined;
	try {
		if (meetingsFolder !== undefined) {
			const checked = meetingDateWithHistory({ fileName: relPath.split('/').at(-1)!, heading: h1, frontmatterDate: frontmatter.date, firstCommit });
			date = checked.date?.iso;
			if (checked.warning) warnings.push({ relPath, message: `meeting date: ${checked.warning}` });
		} else {
			date = meetingDate({ fileName: '', frontmatterDate: frontmatter.date ?? undefined })?.iso;
		}
	} catch (error) {
		errors.push({ relPath, message: (error as Error).message });
	}
	return {
		relPath,
		id: pageId(relPath),
		title,
		titleIsHeading: heading !== undefined && (frontmatterTitle === undefined || frontmatterTitle === h1),
		frontmatter,
		folder,
		isFolderPage: folderPage,
		...(meetingsFolder !== undefined ? { meetingsFolder } : {}),
		...(date ? { date } : {}),
		...anchorsOf(tree, heading !== undefined && (frontmatterTitle === undefined || frontmatterTitle === h1) ? heading : undefined),
		htmlAnchors: html?.anchors ?? new Set(),
		links: [...writtenLinks(tree), ...(html?.links ?? [])].sort((a, b) => a.line - b.line),
		linkSentences: linkSentences(tree),
		embeds: embeddedFiles(tree, folder),
		figures: figureLinkTexts(tree),
		// Without a title the build stops (errors above); the preview is then never served.
		preview: previewData(tree, { title: title ?? '', date, description: typeof frontmatter.description === 'string' ? frontmatter.description : undefined }),
	};
}

/** Parses a page; an MDX syntax error is reported and the page read as plain Markdown, so the other checks still run. */
function parsePage(relPath: string, source: string, errors: SiteError[]): ParsedMarkdown {
	if (!isMdxPath(relPath)) return parseMarkdown(source);
	try {
		return parseMarkdown(source, { mdx: true });
	} catch (error) {
		const { line, reason } = error as { line?: number; reason?: string };
		errors.push({ relPath, ...(line ? { line } : {}), message: `MDX syntax error: ${reason ?? (error as Error).message}` });
		return parseMarkdown(source);
	}
}

function nearestMeetingsFolder(folder: string): string | undefined {
	const segments = folder === '' ? [] : folder.split('/');
	for (let end = segments.length; end > 0; end--) {
		if (isMeetingsFolderName(segments[end - 1])) return segments.slice(0, end).join('/');
	}
	return undefined;
}

/** The page's heading anchors (`heading-anchors.ts`), and the dropped title's. */
function anchorsOf(tree: Root, droppedTitle: Heading | undefined): { anchors: Set<string>; titleAnchor?: string } {
	const byHeading = headingAnchors(tree);
	const titleAnchor = droppedTitle && byHeading.get(droppedTitle);
	const anchors = new Set(byHeading.values());
	return titleAnchor ? { anchors, titleAnchor } : { anchors };
}

function writtenLinks(tree: Root): WrittenLink[] {
	const links: WrittenLink[] = [];
	visit(tree, (node) => {
		if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
			links.push({ url: node.url, line: node.position?.start.line ?? 0, kind: node.type === 'image' ? 'image' : 'link' });
		}
	});
	return links;
}

/** The files of each embedded block (`embedded-files.ts`), `<TraceViewer>` and figure reference; blocks that do not parse are left to the renderer, which reports them with their line. */
function embeddedFiles(tree: Root, folder: string): string[] {
	const sources = new Set<string>();
	const add = (src: unknown) => {
		if (typeof src === 'string' && src.trim() !== '') sources.add(posix.isAbsolute(src.trim()) ? src.trim() : posix.join(folder, src.trim()));
	};
	visit(tree, (node) => {
		// Problems in a block or a reference are reported when the page renders; here they embed nothing.
		if (node.type === 'code') {
			try {
				blockFiles(node.lang, node.value)?.forEach(add);
			} catch {
				return;
			}
		} else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'TraceViewer') {
			add(node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'src')?.value);
		} else if (node.type === 'link') {
			// A figure reference shows a number computed from its file (remark-figure-references.ts).
			try {
				figureFiles(node.url)?.forEach((f) => add(safeDecodeUri(f)));
			} catch {
				return;
			}
		}
	});
	return [...sources].sort();
}

function safeDecodeUri(text: string): string {
	try {
		return decodeURI(text);
	} catch {
		return text;
	}
}

function reportDuplicateIds(pages: ContentPage[], errors: SiteError[]) {
	const seen = new Map<string, string>();
	for (const page of pages) {
		const other = seen.get(page.id);
		if (other) errors.push({ relPath: page.relPath, message: `has the same URL (${page.id}) as ${other}: rename one of them` });
		else seen.set(page.id, page.relPath);
	}
}

function describeFolders(pages: ContentPage[]): Map<string, ContentFolder> {
	const folders = new Map<string, ContentFolder>();
	for (const page of pages) {
		const segments = page.folder === '' ? [] : page.folder.split('/');
		for (let end = 0; end <= segments.length; end++) {
			const path = segments.slice(0, end).join('/');
			if (!folders.has(path)) {
				const name = segments[end - 1] ?? '';
				folders.set(path, { path, id: folderId(path), label: humanize(name), isMeetings: isMeetingsFolderName(name) });
			}
		}
	}
	for (const page of pages) {
		if (!page.isFolderPage) continue;
		const folder = folders.get(page.folder)!;
		folder.page = page;
		if (page.title) folder.label = page.title;
		const order = (page.frontmatter.sidebar as { order?: unknown } | undefined)?.order;
		if (typeof order === 'number') folder.order = order;
	}
	return folders;
}

function newestFirst(a: ContentPage, b: ContentPage): number {
	if (a.date && b.date && a.date !== b.date) return a.date < b.date ? 1 : -1;
	if (a.date && !b.date) return -1;
	if (!a.date && b.date) return 1;
	return a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0;
}
