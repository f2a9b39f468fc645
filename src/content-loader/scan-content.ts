/**
 * Reads a content folder from disk into the shared site model. The model is kept on `globalThis`
 * because Astro loads the config (Markdown plugins) and the content config (loader) as separate
 * module instances; both must see the same, fresh model.
 *
 * Each file is described once per text (and first commit): the config, the sidebar and the loader
 * all refresh the model in one build, and the dev server refreshes it on every edit, but only new
 * or changed files are parsed again (a thousand notes take seconds to parse, one takes milliseconds).
 */
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { assembleContentSite, describeContentPage, type ContentSite, type DescribedPage } from './content-site.ts';
import { firstCommitDates } from '../git/git-info.ts';

const registryKey = Symbol.for('masters-thesis.content-site');
type Registry = Map<string, ContentSite>;
const registry: Registry = ((globalThis as Record<symbol, unknown>)[registryKey] as Registry | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[registryKey] = registry;

/** The last description of each file, per content folder, with the text and first commit it was made from. */
type DescribedFile = { source: string; firstCommit: number | undefined; described: DescribedPage };
type DescribedFiles = Map<string, Map<string, DescribedFile>>;
const describedKey = Symbol.for('masters-thesis.described-files');
const describedFiles: DescribedFiles = ((globalThis as Record<symbol, unknown>)[describedKey] as DescribedFiles | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[describedKey] = describedFiles;

/**
 * Lists the Markdown files that are pages: `.md` or `.mdx`, not starting with `_`, outside dot-folders and node_modules.
 * @param dir absolute content folder, e.g. `/work/main/content`
 */
export function listMarkdownFiles(dir: string): string[] {
	const found: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || !/\.mdx?$/i.test(entry.name) || entry.name.startsWith('_')) continue;
		const relPath = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
		if (relPath.split('/').some((segment) => segment.startsWith('.') || segment === 'node_modules')) continue;
		found.push(relPath);
	}
	return found.sort();
}

/**
 * Reads the folder again and makes the result the current model; meeting dates are checked
 * against when git first saw each file.
 * @param dir absolute content folder
 */
export function refreshContentSite(dir: string): ContentSite {
	const firstCommits = firstCommitDates(dir);
	const real = realpathSync(dir);
	const previous = describedFiles.get(dir) ?? new Map<string, DescribedFile>();
	const current = new Map<string, DescribedFile>();
	for (const relPath of listMarkdownFiles(dir)) {
		const source = readFileSync(join(dir, relPath), 'utf8');
		const firstCommit = firstCommits.get(join(real, relPath));
		const known = previous.get(relPath);
		const described =
			known && known.source === source && known.firstCommit === firstCommit?.getTime()
				? known.described
				: describeContentPage({ relPath, source, firstCommit });
		current.set(relPath, { source, firstCommit: firstCommit?.getTime(), described });
	}
	describedFiles.set(dir, current);
	const site = assembleContentSite([...current.values()].map((entry) => entry.described));
	registry.set(dir, site);
	return site;
}

/**
 * The current model of a content folder, read on first use.
 * @param dir absolute content folder
 */
export function contentSite(dir: string): ContentSite {
	return registry.get(dir) ?? refreshContentSite(dir);
}
