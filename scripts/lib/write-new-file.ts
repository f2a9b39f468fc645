/** Creates a file that must not exist yet: the scaffolding commands never overwrite anything. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Thrown when the target already exists; the message names the file. */
export class FileExistsError extends Error {}

/**
 * Writes `data` to `path`, creating folders, and fails if `path` already exists.
 * @param path e.g. `/work/main/content/meetings/2024-11-18.md`
 */
export function writeNewFile(path: string, data: string | Uint8Array): void {
	mkdirSync(dirname(path), { recursive: true });
	try {
		writeFileSync(path, data, { flag: 'wx' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
			throw new FileExistsError(`${path}: already exists; not overwriting it (remove it first, or choose another name)`);
		}
		throw error;
	}
}
