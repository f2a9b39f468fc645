/**
 * One digest of the code and the locked dependencies that turn Markdown into pages. Astro's content
 * layer keeps a page's rendered HTML for as long as the page's digest stays the same, and that
 * digest covers the page's text only: after a change to a plugin, the trace library or a locked
 * dependency (KaTeX, say), a cached build would otherwise serve the old rendering until its cache
 * folder is deleted. The loader mixes this digest into every page's.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What rendering depends on besides the pages: the site's code and its locked dependencies. */
export const renderingInputs = [fileURLToPath(new URL('../', import.meta.url)), fileURLToPath(new URL('../../package-lock.json', import.meta.url))];

/**
 * A digest of the files under each path (a folder's files by relative name, in order; a missing path counts as missing).
 * @param paths e.g. `['/work/main/src', '/work/main/package-lock.json']`
 */
export function codeDigest(paths: readonly string[]): string {
	const hash = createHash('sha256');
	for (const path of paths) {
		hash.update(`${path}\0`);
		if (!existsSync(path)) hash.update('missing\0');
		else if (statSync(path).isFile()) hash.update(readFileSync(path));
		else {
			for (const name of readdirSync(path, { recursive: true, encoding: 'utf8' }).sort()) {
				const file = join(path, name);
				if (statSync(file).isFile()) hash.update(`${name}\0`).update(readFileSync(file)).update('\0');
			}
		}
	}
	return hash.digest('hex');
}
