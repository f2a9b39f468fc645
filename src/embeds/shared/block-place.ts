/**
 * Where an embedded block (a ```trace or ```benchmark fence, or its MDX component) sits in its
 * page, and the one form every problem with it takes: `page:line: reason`, as the broken-link
 * list and the importers report theirs.
 */
import { relative } from 'node:path';
import { BlockOptionsError } from './block-yaml.ts';

/** Where a block sits and how to tell it apart from other blocks of its kind on its page. */
export interface BlockPlace {
	/** Absolute path of the page, e.g. `/work/main/content/notes.md`. */
	page: string;
	/** 1-based line of the block (its fence) in the page. */
	line: number;
	/** 1 for the first block of this file on the page, 2 for the second, ... */
	occurrence: number;
	/** True for the page's first block of its kind: its data is preloaded with the page (default false). */
	preload?: boolean;
}

/**
 * `page:line: reason`, with the page relative to the working directory.
 * @param place e.g. `{ page: '/work/main/content/notes.md', line: 12 }` -> `content/notes.md:12: reason`
 */
export function placeError(place: { page: string; line: number }, reason: string): Error {
	return new Error(`${relative(process.cwd(), place.page) || place.page}:${place.line}: ${reason}`);
}

/**
 * A fenced block's options, read by `parse`; any problem is thrown as `page:line: reason`, at the
 * line of the key at fault when the parser knows it, else at the fence.
 * @param fence the fence's 1-based line in the page
 * @param body the block's YAML body
 */
export function parseBlockAt<T>(place: { page: string; fence: number }, body: string, parse: (body: string) => T): T {
	try {
		return parse(body);
	} catch (error) {
		const line = error instanceof BlockOptionsError && error.line ? place.fence + error.line : place.fence;
		throw placeError({ page: place.page, line }, (error as Error).message);
	}
}
