/**
 * What the integrations that ship build-time files (trace data, KaTeX's stylesheet, files shown by
 * raw HTML) share: serving a folder from Astro's dev server under `<base><urlDir>/`, as the built
 * site will have it, and listing the built pages whose references say what to copy at
 * `astro:build:done`.
 */
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';

/** Astro's dev server, as `astro:server:setup` hands it over. */
type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/** What `serveFolderInDev` serves. */
export interface DevFolder {
	/** The site's base path with a trailing slash, asked per request, e.g. `() => '/masters-thesis/'`. */
	base: () => string;
	/** The URL folder below the base, e.g. `_katex`. */
	urlDir: string;
	/** The folder on disk, asked per request, e.g. `() => '/work/main/node_modules/katex/dist'`. */
	dir: () => string;
	/** Whether a path below the folder may be served, e.g. no dot-folders (default: any). */
	allow?: (relPath: string) => boolean;
	/** The content type of a file, e.g. `text/css` (default: none sent). */
	contentType?: (file: string) => string | undefined;
}

/**
 * Serves the files of a folder; other requests go on to Astro. Astro's dev server may already have
 * stripped the base path from the URL, so both forms are served. Nothing outside the folder is.
 * @param folder e.g. `{ base: () => base, urlDir: '_traces', dir: () => traceStore().dir }`
 */
export function serveFolderInDev(server: DevServer, folder: DevFolder): void {
	server.middlewares.use((req, res, next) => {
		let path: string;
		try {
			path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
		} catch {
			return next();
		}
		const prefix = [`${folder.base()}${folder.urlDir}/`, `/${folder.urlDir}/`].find((p) => path.startsWith(p));
		if (!prefix) return next();
		const dir = folder.dir();
		const relPath = path.slice(prefix.length);
		const file = join(dir, relPath);
		if (relative(dir, file).startsWith('..') || (folder.allow && !folder.allow(relPath)) || !existsSync(file) || !statSync(file).isFile()) return next();
		const type = folder.contentType?.(file);
		if (type) res.setHeader('content-type', type);
		createReadStream(file).pipe(res);
	});
}

/**
 * Every HTML file of a built site.
 * @param out e.g. `/work/main/dist`
 */
export function builtPages(out: string): string[] {
	return readdirSync(out, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name));
}
