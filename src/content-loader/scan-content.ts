/**
 * Reads a content folder from disk into the shared site model. The model is kept on `globalThis`
 * because Astro loads the config (Markdown plugins) and the content config (loader) as separate
 * module instances; both must see the same, fresh model.
 */
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describeContentSite, type ContentSite } from './content-site.ts';
import { firstCommitDates } from '../git/git-info.ts';

const registryKey = Symbol.for('masters-thesis.content-site');
type Registry = Map<string, ContentSite>;
const registry: Registry = ((globalThis as Record<symbol, unknown>)[registryKey] as Registry | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[registryKey] = registry;

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
	const files = listMarkdownFiles(dir).map((relPath) => ({
		relPath,
		source: readFileSync(join(dir, relPath), 'utf8'),
		firstCommit: firstCommits.get(join(real, relPath)),
	}));
	const site = describeContentSite(files);
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
