/**
 * Which built pages mention a build-time folder of the site (`/_traces/`, `/_katex/`, `/_files/`),
 * so the integrations that copy those folders' files at `astro:build:done` read only the pages that
 * use them. A thousand built pages are about 200 MB of HTML, each page carrying the whole sidebar:
 * three integrations each reading and decoding all of it took 5 s of a 70 s build. Here every page
 * is read once for all folders, as bytes (nothing is decoded but the folder names), and the answer
 * is kept for as long as no built page changes (their names, sizes and times).
 */
import { readFileSync, statSync } from 'node:fs';
import { builtPages } from './dev-folder.ts';

/** The pages of one built site, by the `_folder` names their HTML mentions. */
interface MentionIndex {
	/** Every page with its size and time: a rebuilt or rewritten page makes a new index. */
	signature: string;
	byFolder: Map<string, string[]>;
}

const indexes = new Map<string, MentionIndex>();
const slashUnderscore = Buffer.from('/_');

/** `A-Z a-z 0-9 - . _`: the bytes of a folder name such as `_traces` or `_astro`. */
function isNameByte(byte: number): boolean {
	return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || byte === 0x2d || byte === 0x2e || byte === 0x5f;
}

/**
 * The names of the folders a page's HTML names after a slash, starting with an underscore.
 * @param html e.g. the bytes of `<link href="/b/_katex/katex.min.css"><script src="/_astro/a.js">` -> `{'_katex', '_astro'}`
 */
export function underscoreFolders(html: Uint8Array): Set<string> {
	const bytes = Buffer.from(html.buffer, html.byteOffset, html.byteLength);
	const names = new Set<string>();
	for (let at = bytes.indexOf(slashUnderscore); at >= 0; at = bytes.indexOf(slashUnderscore, at + 2)) {
		let end = at + 2;
		while (end < bytes.length && end - at <= 64 && isNameByte(bytes[end])) end++;
		if (end > at + 2 && bytes[end] === 0x2f) names.add(bytes.toString('latin1', at + 1, end));
	}
	return names;
}

/**
 * The built pages whose HTML has `/<urlDir>/` somewhere, in `builtPages` order.
 * @param out e.g. `/work/main/dist`
 * @param urlDir e.g. `_traces`
 */
export function pagesMentioning(out: string, urlDir: string): string[] {
	const pages = builtPages(out);
	const signature = pages.map((page) => {
		const { size, mtimeMs } = statSync(page);
		return `${page}\0${size}\0${mtimeMs}`;
	}).join('\n');
	let index = indexes.get(out);
	if (index?.signature !== signature) {
		const byFolder = new Map<string, string[]>();
		for (const page of pages) {
			for (const name of underscoreFolders(readFileSync(page))) {
				const list = byFolder.get(name) ?? [];
				list.push(page);
				byFolder.set(name, list);
			}
		}
		index = { signature, byFolder };
		indexes.set(out, index);
	}
	return index.byFolder.get(urlDir) ?? [];
}
