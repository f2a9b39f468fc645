/**
 * A content loader for a folder of plain GitHub Markdown (and MDX): Starlight's docs collection without
 * required front matter. It wraps Astro's glob loader and fills in what GitHub readers never write:
 * ids from paths (README/index is its folder's page), titles from the first H1, meeting dates and
 * date-ordered previous/next links, and a generated overview page for a meetings folder without a
 * README. Before rendering it checks every page (titles, duplicate URLs, dates, links, figure
 * references) and fails once with the whole list; broken links only warn with `LINKS=warn`
 * (`broken-link-policy.ts`), numbers the data does not give with `FIGURES=warn` (`figure-policy.ts`).
 * Figures are checked here rather than as each page renders: so every stale number of the folder is
 * listed once, in file order, with the other problems, and a page Astro's cache would not render
 * again (its text unchanged) still has its numbers checked.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { applyBrokenLinkPolicy, type BrokenLinkPolicy } from './broken-link-policy.ts';
import type { ContentSite } from './content-site.ts';
import { displayPath } from './display-path.ts';
import { codeDigest, renderingInputs } from './code-digest.ts';
import { embedDigestsByText } from './embed-digests.ts';
import { findBrokenLinks } from './find-broken-links.ts';
import { applyFigurePolicy, type FigurePolicy } from './figure-policy.ts';
import { checkFigures } from '../embeds/check-figures.ts';
import { meetingNavigation } from './meeting-navigation.ts';
import { pageId } from './page-id.ts';
import { contentSite, refreshContentSite } from './scan-content.ts';
import { devChange } from './dev-changes.ts';
import { changedTerms } from '../glossary/changed-terms.ts';
import type { GlossaryTerm } from '../glossary/glossary-terms.ts';
import { readGlossaryTerms } from '../glossary/read-glossary-terms.ts';
import { siteFingerprint } from './site-fingerprint.ts';
import { rerenderQueue } from './rerender-queue.ts';
import { siteLinkContext } from './content-file.ts';
import { generatedPages } from './generated-pages.ts';
import { fileStamp, whenSettled } from '../data-input/when-settled.ts';

/** Options of `githubMarkdownLoader`. */
export interface GithubMarkdownLoaderOptions {
	/** The site's GitHub repository, for links to files that are not pages. */
	repoUrl?: string | undefined;
	/** What broken links do: `fail` the build (default) or `warn`. */
	links?: BrokenLinkPolicy;
	/** What figure numbers the data does not give do: `fail` the build (default) or `warn`. */
	figures?: FigurePolicy;
}

/**
 * Loads every Markdown and MDX file under `base` as a page.
 * @param base absolute folder, e.g. `/work/main/content`
 */
export function githubMarkdownLoader(base: string, options: GithubMarkdownLoaderOptions = {}): Loader {
	// The same files as listMarkdownFiles(): `.md`/`.mdx`, no leading `_`, no dot-folders (glob skips those), no node_modules.
	const inner = glob({ base, pattern: ['**/[^_]*.{md,mdx}', '!**/node_modules/**'], generateId: ({ entry }) => pageId(entry) });
	return {
		name: 'github-markdown-loader',
		load: async (context) => {
			const site = refreshContentSite(base);
			checkSite(site, base, context, options);
			const root = fileURLToPath(context.config.root);
			const code = codeDigest(renderingInputs);
			// What pages show of other files, worked out from the current model; forgotten on every file event in dev.
			let shown: ShownOfOthers | undefined;
			const current = () => (shown ??= shownOfOthers(contentSite(base), base, context.config.base, code, options.repoUrl));
			// In dev, re-read the model before the glob loader re-renders a changed file (listeners run in order),
			// then re-render the other pages that show what changed (dev-changes.ts).
			let reemitting = false;
			const rerender = (paths: string[]) => {
				reemitting = true;
				try {
					for (const path of paths) if (existsSync(path)) context.watcher!.emit('change', path);
				} finally {
					reemitting = false;
				}
			};
			// After a site-wide change the changed note is stored (and shown) first, the other pages after it.
			const queue = rerenderQueue(rerender);
			const storeName = (path: string) => relative(root, path).split(sep).join('/');
			// A note read half-written at its event (saved in two steps, the second event dropped) is read again once settled.
			const settled = whenSettled(fileStamp);
			const onFileEvent = (event: string, path: string) => {
				const relPath = relative(base, path).split(sep).join('/');
				// The events emitted below are for the glob loader only: the model is current already.
				if (reemitting || relPath.startsWith('..') || !['add', 'change', 'unlink'].includes(event)) return;
				if (event !== 'unlink' && /\.mdx?$/i.test(relPath))
					settled(path, (changed) => {
						if (!changed || !existsSync(path)) return;
						onFileEvent('change', path);
						rerender([path]);
					});
				const { fingerprint: before, glossary: glossaryBefore } = current();
				const known = new Set(contentSite(base).pages.map((page) => page.relPath));
				if (/\.mdx?$/i.test(relPath)) refreshContentSite(base);
				shown = undefined;
				const siteWide = current().fingerprint !== before;
				const glossary = relPath === 'glossary.md' ? { terms: changedTerms(glossaryBefore, current().glossary), pageText: pageText(base) } : undefined;
				const change = devChange(relPath, contentSite(base), siteWide, known, glossary);
				const others = change.rerender.map((other) => join(base, other));
				// The glossary is read on the other pages: they are what changed, render them at once.
				if (siteWide && relPath !== 'glossary.md') queue.after(event === 'unlink' ? undefined : storeName(path), others);
				else rerender(others);
				// A meetings folder without README has a generated overview: list its notes again.
				if (change.rerender.length > 0 && /\.mdx?$/i.test(relPath)) {
					addGeneratedMeetingPages(contentSite(base), base, context).catch((error: Error) => context.logger.error(error.message));
				}
			};
			context.watcher?.on('all', onFileEvent);
			let loaded = false;
			const renderErrors: string[] = [];
			await inner.load({
				...context,
				// Pages show other pages' titles, dates and anchors, and the glossary: re-render all when any of those change;
				// ... and when the code that renders them changes (a cached build would serve the old rendering);
				// ... and a page when one of the files it embeds changes.
				generateDigest: (data) => context.generateDigest(typeof data === 'string' ? data + current().fingerprint + (current().embeds.get(data) ?? '') : { ...data, fingerprint: current().fingerprint }),
				parseData: async (props) => {
					const relPath = props.filePath ? relative(base, props.filePath).split(sep).join('/') : undefined;
					// The current model: in dev a new note is not in the one the build started with.
					const page = relPath === undefined ? undefined : contentSite(base).byRelPath.get(relPath);
					const links = relPath === undefined ? undefined : current().navigation.get(relPath);
					const data: Record<string, unknown> = { ...props.data };
					if (data.title === undefined && page?.title) data.title = page.title;
					if (data.date === undefined && page?.date) data.date = page.date;
					if (links && data.prev === undefined) data.prev = links.prev;
					if (links && data.next === undefined) data.next = links.next;
					return context.parseData({ ...props, data: data as typeof props.data });
				},
				// In dev, a note deleted while it was being rendered (saved, then quickly renamed or deleted) is not stored again.
				store: {
					...context.store,
					set: (entry) => {
						if (entry.filePath && !existsSync(join(root, entry.filePath))) return false;
						const stored = context.store.set(entry);
						if (entry.filePath) queue.stored(entry.filePath);
						return stored;
					},
				},
				// The glob loader only logs a failed render; a broken page must fail the build (in dev, it is logged).
				logger: Object.assign(Object.create(context.logger), {
					error: (message: string) => (loaded ? context.logger.error(message) : renderErrors.push(message)),
				}),
			});
			loaded = true;
			if (renderErrors.length > 0) throw new Error(renderErrors.join('\n'));
			await addGeneratedMeetingPages(site, base, context);
		},
	};
}

/** A reader of a page's Markdown by its path in `base`; '' for a page deleted meanwhile. */
function pageText(base: string): (relPath: string) => string {
	return (relPath) => (existsSync(join(base, relPath)) ? readFileSync(join(base, relPath), 'utf8') : '');
}

/** What every page shows of the other files, for the digests and the previous/next links. */
interface ShownOfOthers {
	/** Changes when any page's title, id, date or anchors, the glossary's terms, the code or the base change. */
	fingerprint: string;
	/** The glossary's terms. */
	glossary: GlossaryTerm[];
	/** Per page text, a digest of the files it embeds (`embed-digests.ts`). */
	embeds: Map<string, string>;
	navigation: ReturnType<typeof meetingNavigation>;
}

function shownOfOthers(site: ContentSite, base: string, siteBase: string, code: string, repoUrl: string | undefined): ShownOfOthers {
	const glossary = readGlossaryTerms(base);
	const fingerprint = siteFingerprint(site, glossary, [code, siteBase, repoUrl]);
	return { fingerprint, glossary, embeds: embedDigestsByText(site, base), navigation: meetingNavigation(site, siteBase) };
}

/** Fails with every problem of the folder at once: missing titles, clashing URLs, bad dates, broken links (unless they only warn). */
function checkSite(site: ContentSite, base: string, context: LoaderContext, options: GithubMarkdownLoaderOptions) {
	const display = (relPath: string) => displayPath(join(base, relPath));
	const brokenLinks = findBrokenLinks(site, siteLinkContext({ contentDir: base, base: context.config.base, repoUrl: options.repoUrl }), display);
	const { errors, warnings } = applyBrokenLinkPolicy(brokenLinks, options.links ?? 'fail');
	const figureCheck = checkFigures(site.pages.map((page) => ({ path: join(base, page.relPath), display: display(page.relPath), figures: page.figures })));
	const figures = applyFigurePolicy(figureCheck, options.figures ?? 'fail');
	const problems = [
		...site.errors.map((error) => `${display(error.relPath)}${error.line ? `:${error.line}` : ''}: ${error.message}`),
		...errors,
		...figures.errors,
	];
	if (problems.length > 0) {
		throw new Error(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the Markdown of ${displayPath(base)}:\n${problems.join('\n')}`);
	}
	if (warnings.length > 0) {
		context.logger.warn(`${warnings.length} broken link${warnings.length === 1 ? '' : 's'} in the Markdown of ${displayPath(base)} (LINKS=warn: the pages are built, the links struck through):`);
		for (const warning of warnings) context.logger.warn(warning);
	}
	if (figures.warnings.length > 0) {
		const stale = options.figures === 'warn' ? figureCheck.differs.length : 0;
		const why = stale > 0 ? ` (FIGURES=warn: ${stale} shown as computed, marked on their pages)` : '';
		context.logger.warn(`${figures.warnings.length} figure reference${figures.warnings.length === 1 ? '' : 's'} to update in the Markdown of ${displayPath(base)}${why}:`);
		for (const warning of figures.warnings) context.logger.warn(warning);
	}
	// Logged here, once per build (the model is read again for the sidebar and in dev, silently): raw HTML
	// that GitHub does not render either, doubtful meeting dates. The build goes on.
	for (const warning of site.warnings) context.logger.warn(`${display(warning.relPath)}${warning.line ? `:${warning.line}` : ''}: ${warning.message}`);
	for (const notes of site.meetings.values()) {
		for (const note of notes.filter((candidate) => !candidate.date)) {
			context.logger.warn(`${display(note.relPath)}: meeting note without a date: it is listed last. Add front matter "date: YYYY-MM-DD", a date in the file name, or "DD/MM/YY" in the H1.`);
		}
	}
}

/** A meetings folder without README gets an overview page listing its notes (see remark-meetings-index). */
async function addGeneratedMeetingPages(site: ContentSite, base: string, context: LoaderContext) {
	for (const { id, folder: folderPath, title, description } of generatedPages(site)) {
		const virtualReadme = join(base, folderPath, 'README.md');
		const rendered = await context.renderMarkdown('', { fileURL: pathToFileURL(virtualReadme) });
		const data = await context.parseData({ id, data: { title, description, editUrl: false } });
		context.store.set({
			id,
			data,
			rendered,
			// The folder itself: git dates and "edit on GitHub" then refer to the folder of notes.
			filePath: relative(fileURLToPath(context.config.root), join(base, folderPath)).split(sep).join('/'),
			digest: context.generateDigest(JSON.stringify([title, site.meetings.get(folderPath)!.map((note) => [note.id, note.title, note.date])])),
		});
	}
}
