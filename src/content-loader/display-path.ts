/** Paths as the build and the scaffolding commands print them: relative to where you are, unless that climbs out. */
import { relative } from 'node:path';

/**
 * Returns `path` relative to `cwd` when it lies inside it, else the absolute path.
 * @param path e.g. `/work/main/content/meetings/2024-11-18.md` -> `content/meetings/2024-11-18.md`
 */
export function displayPath(path: string, cwd = process.cwd()): string {
	const rel = relative(cwd, path);
	return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}
