/**
 * Serves a built site under its base path, as GitHub Pages would (scripts/lib/static-server.ts).
 * Usage: node scripts/serve.ts <dir> <base> <port>   e.g. dist /masters-thesis/ 4322
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { staticServer } from './lib/static-server.ts';

const [dir, base = '/', port = '4322'] = process.argv.slice(2);
if (!dir) {
	console.error('usage: node scripts/serve.ts <built-site-dir> <base-path> <port>');
	process.exit(1);
}
// A site that is not built yet is served as an explanation, so that running one test project
// does not require building every other one first.
const notBuilt = existsSync(dir) ? undefined : `${dir} is not built: run \`node scripts/build-test-sites.ts\` (or \`npm run build:test:all\`).`;
const server = notBuilt
	? createServer((req, res) => {
			res.writeHead(new URL(req.url ?? '/', 'http://localhost').pathname === base ? 200 : 503, { 'content-type': 'text/plain; charset=utf-8' });
			res.end(notBuilt);
		})
	: staticServer(dir, base);
server.listen(Number(port), '127.0.0.1', () => console.log(notBuilt ?? `serving ${dir} at http://127.0.0.1:${port}${base}`));
