/**
 * A static file server for built sites, as GitHub Pages serves them: files under a base path,
 * a folder's `index.html`, `404.html` for the rest, and (optionally) gzip for text, as Pages
 * sends it. Used by `scripts/serve.ts` (the browser tests) and `scripts/bench-viewer.ts`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Content types by extension. */
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript',
	'.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml',
	'.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.webmanifest': 'application/manifest+json',
	'.pf_meta': 'application/octet-stream', '.pf_fragment': 'application/octet-stream',
	'.pf_index': 'application/octet-stream', '.pagefind': 'application/octet-stream', '.wasm': 'application/wasm',
};

/** Types sent gzipped when the client accepts it. */
const COMPRESSED = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt', '.csv']);

/** Options of `staticServer`. */
export interface StaticServerOptions {
	/** Send text gzipped to clients that accept it, e.g. `true` (default false). */
	gzip?: boolean;
}

/**
 * Maps a request path to a file in `dir` the way GitHub Pages does (folder -> index.html).
 * @param urlPath e.g. `/masters-thesis/findings/`; @param base e.g. `/masters-thesis/`
 */
export function resolveFile(dir: string, base: string, urlPath: string): string | undefined {
	if (!urlPath.startsWith(base)) return undefined;
	const rel = normalize(decodeURIComponent(urlPath.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
	const file = join(dir, rel);
	if (existsSync(file) && statSync(file).isFile()) return file;
	if (existsSync(join(file, 'index.html'))) return join(file, 'index.html');
	if (existsSync(`${file}.html`)) return `${file}.html`;
	return undefined;
}

/** A server (not yet listening) for the built site in `dir` under `base`, e.g. `staticServer('dist', '/masters-thesis/')`. */
export function staticServer(dir: string, base: string, options: StaticServerOptions = {}): Server {
	const gzipped = new Map<string, Buffer>();
	return createServer((req, res) => {
		const file = resolveFile(dir, base, new URL(req.url ?? '/', 'http://localhost').pathname);
		const body = file ?? join(dir, '404.html');
		const type = extname(body);
		const headers: Record<string, string> = { 'content-type': TYPES[type] ?? 'application/octet-stream' };
		if (!existsSync(body)) {
			res.writeHead(404, headers).end('Not found');
			return;
		}
		let bytes: Uint8Array = readFileSync(body);
		if (options.gzip && COMPRESSED.has(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			if (!gzipped.has(body)) gzipped.set(body, gzipSync(bytes));
			bytes = gzipped.get(body)!;
			headers['content-encoding'] = 'gzip';
		}
		res.writeHead(file ? 200 : 404, headers).end(bytes);
	});
}
