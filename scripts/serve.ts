/**
 * Serves a built site under its base path, as GitHub Pages would.
 * Usage: node scripts/serve.ts <dir> <base> <port>   e.g. dist /masters-thesis/ 4322
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const [dir, base = '/', port = '4322'] = process.argv.slice(2);
if (!dir) {
	console.error('usage: node scripts/serve.ts <built-site-dir> <base-path> <port>');
	process.exit(1);
}
// A site that is not built yet is served as an explanation, so that running one test project
// does not require building every other one first.
const notBuilt = existsSync(dir) ? undefined : `${dir} is not built: run \`node scripts/build-test-sites.ts\` (or \`npm run build:test:all\`).`;

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript',
	'.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml',
	'.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8', '.webmanifest': 'application/manifest+json',
	'.pf_meta': 'application/octet-stream', '.pf_fragment': 'application/octet-stream',
	'.pf_index': 'application/octet-stream', '.pagefind': 'application/octet-stream', '.wasm': 'application/wasm',
};

/** Maps a request path to a file in `dir`, the way GitHub Pages does (folder -> index.html). */
function resolveFile(urlPath: string): string | undefined {
	if (!urlPath.startsWith(base)) return undefined;
	const rel = normalize(decodeURIComponent(urlPath.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
	const file = join(dir, rel);
	if (existsSync(file) && statSync(file).isFile()) return file;
	if (existsSync(join(file, 'index.html'))) return join(file, 'index.html');
	if (existsSync(`${file}.html`)) return `${file}.html`;
	return undefined;
}

createServer((req, res) => {
	if (notBuilt) {
		res.writeHead(urlPath(req.url) === base ? 200 : 503, { 'content-type': 'text/plain; charset=utf-8' });
		res.end(notBuilt);
		return;
	}
	const file = resolveFile(urlPath(req.url));
	const status = file ? 200 : 404;
	const body = file ?? join(dir, '404.html');
	res.writeHead(status, { 'content-type': types[extname(body)] ?? 'application/octet-stream' });
	if (existsSync(body)) createReadStream(body).pipe(res);
	else res.end('Not found');
}).listen(Number(port), '127.0.0.1', () => console.log(notBuilt ?? `serving ${dir} at http://127.0.0.1:${port}${base}`));

function urlPath(url = '/'): string {
	return new URL(url, 'http://localhost').pathname;
}
