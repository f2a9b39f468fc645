/**
 * Where the build puts the compact data of embedded traces: a content-addressed folder in
 * Astro's cache dir, which the trace-assets integration serves in dev and copies into the
 * built site. Held on `globalThis` because the config, the Markdown pipeline and the page
 * renderer each load their own copy of this module within one process.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';

/** Where trace assets are written and under which URL they are served. */
export interface TraceStore {
	/** Absolute folder, e.g. `/work/main/node_modules/.astro/trace-assets`. */
	dir: string;
	/** The site's base path with a trailing slash, e.g. `/masters-thesis/`. */
	base: string;
}

/** The URL folder of trace assets below the base path. */
export const TRACE_URL_DIR = '_traces';

const KEY = Symbol.for('masters-thesis.trace-store');
type Holder = { [KEY]?: TraceStore };

/** Sets the store (the integration does this at `astro:config:done`). */
export function configureTraceStore(store: TraceStore): void {
	(globalThis as Holder)[KEY] = { dir: store.dir, base: store.base.replace(/\/?$/, '/') };
}

/** The configured store; throws naming the fix when the integration is missing. */
export function traceStore(): TraceStore {
	const store = (globalThis as Holder)[KEY];
	if (!store) throw new Error('trace blocks need the trace-assets integration: add traceAssets() from src/integrations/trace-assets.ts to `integrations` in astro.config.mjs');
	return store;
}

/**
 * Copies a data file into the store under the hash of its bytes and returns its URL, e.g. for
 * the link of a figure reference to the file it was computed from.
 * @param file absolute path, e.g. `/work/main/content/traces/x.csv`
 */
export function storeDataFile(store: TraceStore, file: string): string {
	const hash = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
	mkdirSync(join(store.dir, hash), { recursive: true });
	copyFileSync(file, join(store.dir, hash, basename(file)));
	return `${store.base}${TRACE_URL_DIR}/${hash}/${encodeURIComponent(basename(file))}`;
}

/**
 * Writes a trace's compact JSON (named by its content hash) and a copy of its source files (one,
 * or several for a compared trace) and of its change times file, if any; returns the hash and
 * the URLs.
 * @param json output of `encodeCompact`; @param sourceFiles absolute paths of the raw traces, e.g. `['/notes/a.csv']`
 */
export function writeTraceAssets(
	store: TraceStore,
	json: string,
	sourceFiles: readonly string[],
	changesFile?: string,
): { hash: string; dataUrl: string; rawUrls: string[]; changesUrl?: string } {
	const hash = createHash('sha256').update(json).digest('hex').slice(0, 16);
	mkdirSync(join(store.dir, hash), { recursive: true });
	writeFileSync(join(store.dir, `${hash}.json`), json);
	const url = `${store.base}${TRACE_URL_DIR}/`;
	const names = new Set<string>();
	const copy = (file: string, k: number) => {
		// Two compared files may share a name (from two folders): the later gets its position as a prefix.
		const name = names.has(basename(file)) ? `${k + 1}-${basename(file)}` : basename(file);
		names.add(name);
		copyFileSync(file, join(store.dir, hash, name));
		return `${url}${hash}/${encodeURIComponent(name)}`;
	};
	const urls = { hash, dataUrl: `${url}${hash}.json`, rawUrls: sourceFiles.map(copy) };
	return changesFile === undefined ? urls : { ...urls, changesUrl: copy(changesFile, sourceFiles.length) };
}
