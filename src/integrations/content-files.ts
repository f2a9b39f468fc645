/**
 * Ships the repository files that notes show through raw HTML (`<img src>`, `<source srcset>`,
 * `<video src poster>`): they are served as they are, like GitHub serves them, under
 * `<base>_files/<path in the repository>`. Markdown images go through Astro's image pipeline
 * instead; raw HTML keeps its own size attributes (`width="50%"`), which Astro's resizing would
 * not honour. In dev the files are served from the repository; `astro:build:done` copies each
 * file a built page references (so a cached page still gets its files).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { serveFolderInDev } from './dev-folder.ts';
import { pagesMentioning } from './pages-mentioning.ts';

/** The URL folder of shipped files below the base path. */
export const CONTENT_FILES_DIR = '_files';

/**
 * The site URL of a repository file.
 * @param base e.g. `/masters-thesis/`
 * @param repoPath e.g. `notes/attachments/mascot 1.png` -> `/masters-thesis/_files/notes/attachments/mascot%201.png`
 */
export function contentFileUrl(base: string, repoPath: string): string {
	return `${base}${CONTENT_FILES_DIR}/${repoPath.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * The repository path a shipped-file URL names, if it is one and stays inside the repository.
 * @param path e.g. `/masters-thesis/_files/notes/a%20b.png` with base `/masters-thesis/` -> `notes/a b.png`
 */
export function contentFilePath(path: string, base: string): string | undefined {
	const prefix = `${base}${CONTENT_FILES_DIR}/`;
	if (!path.startsWith(prefix)) return undefined;
	let repoPath: string;
	try {
		repoPath = decodeURIComponent(path.slice(prefix.length));
	} catch {
		return undefined;
	}
	return isShippable(repoPath) ? repoPath : undefined;
}

/** False for a path through a dot-folder (`.git/`), a way out of the repository (`..`) or an empty segment. */
function isShippable(repoPath: string): boolean {
	return !repoPath.split('/').some((segment) => segment === '' || segment.startsWith('.'));
}

/**
 * The integration, e.g. `contentFiles({ root: () => '/work/main' })`.
 * @param options `root`: the repository root the paths are relative to (asked when first needed)
 */
export function contentFiles(options: { root: () => string }): AstroIntegration {
	let base = '/';
	return {
		name: 'content-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
			},
			'astro:server:setup': ({ server }) => {
				serveFolderInDev(server, { base: () => base, urlDir: CONTENT_FILES_DIR, dir: options.root, allow: isShippable });
			},
			'astro:build:done': ({ dir, logger }) => {
				const copied = copyReferencedFiles(fileURLToPath(dir), options.root(), base);
				if (copied > 0) logger.info(`copied ${copied} file${copied === 1 ? '' : 's'} shown by raw HTML to ${CONTENT_FILES_DIR}/`);
			},
		},
	};
}

/**
 * Copies every repository file a built page references under `<base>_files/` into `out`.
 * Throws naming the page when one is missing (the link check should have caught it).
 * @param out e.g. `/work/main/dist`; @param root e.g. `/work/main`; @param base e.g. `/masters-thesis/`
 */
export function copyReferencedFiles(out: string, root: string, base: string): number {
	const files = new Map<string, string>();
	const pattern = new RegExp(`${escapeRegExp(`${base}${CONTENT_FILES_DIR}/`)}[^"'\\s,<>#?]+`, 'g');
	for (const page of pagesMentioning(out, CONTENT_FILES_DIR)) {
		for (const [url] of readFileSync(page, 'utf8').matchAll(pattern)) {
			const repoPath = contentFilePath(url.replaceAll('&#x26;', '&').replaceAll('&amp;', '&'), base);
			if (repoPath !== undefined) files.set(repoPath, page);
		}
	}
	for (const [repoPath, page] of files) {
		const source = join(root, repoPath);
		if (!existsSync(source) || !statSync(source).isFile()) throw new Error(`${relative(out, page)}: shows ${repoPath}, which is not a file in ${root}`);
		const target = join(out, CONTENT_FILES_DIR, repoPath);
		mkdirSync(dirname(target), { recursive: true });
		cpSync(source, target);
	}
	return files.size;
}


function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
