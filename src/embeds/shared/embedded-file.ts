/**
 * The files an embedded block names: resolved relative to its page, checked to be readable, and,
 * under a `third-party/` folder, required to carry a complete attribution sidecar. Problems are
 * `page:line: reason`.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { readAttribution } from '../../attribution/check-attributions.ts';
import { thirdPartyFolder, type Attribution } from '../../attribution/schema.ts';
import { placeError } from './block-place.ts';

/**
 * The absolute path of a block's file option; throws `page:line: reason` when it is missing or unreadable.
 * @param src as written, e.g. `./percona-5s.csv`; @param what e.g. `trace file`
 */
export function readableFile(src: string, what: string, place: { page: string; line: number }): string {
	const file = resolve(dirname(place.page), src);
	try {
		if (!statSync(file).isFile()) throw new Error('not a file');
		accessSync(file, constants.R_OK);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw placeError(place, `${what} ${src} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? (error as Error).message})`} (looked for ${relative(process.cwd(), file)})`);
	}
	return file;
}

/**
 * The sidecar attribution of a file under a `third-party/` folder (undefined elsewhere); throws `page:line: reason` when it is incomplete.
 * @param what e.g. `trace file`
 */
export function thirdPartyAttribution(file: string, src: string, what: string, place: { page: string; line: number }): Attribution | undefined {
	if (!file.split(sep).includes(thirdPartyFolder)) return undefined;
	const result = readAttribution(file);
	if ('reasons' in result) throw placeError(place, `${what} ${src} is third-party data without a complete attribution: ${result.reasons.join('; ')}`);
	return result.attribution;
}
