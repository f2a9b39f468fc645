/**
 * Astro integration for embedded traces: loads the viewer's styles on every page (its script
 * comes with `components/trace/TraceViewerScript.astro`, only on pages with a viewer), points the
 * trace store at the cache dir, serves the store under `<base>_traces/` in dev, and copies what
 * the built pages reference into the output at `astro:build:done` (content-hashed, so a cached
 * page render still finds its data).
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { serveFolderInDev } from './dev-folder.ts';
import { pagesMentioning } from './pages-mentioning.ts';
import { TRACE_URL_DIR, configureTraceStore, traceStore } from './trace-store.ts';

/** The integration, e.g. `integrations: [starlight(...), traceAssets()]`. */
export function traceAssets(): AstroIntegration {
	const css = fileURLToPath(new URL('../styles/trace-viewer.css', import.meta.url));
	return {
		name: 'trace-assets',
		hooks: {
			'astro:config:setup': ({ injectScript }) => {
				// 'page-ssr' puts the styles in every page's stylesheet, so they also apply without JavaScript.
				injectScript('page-ssr', `import ${JSON.stringify(css)};`);
			},
			'astro:config:done': ({ config }) => {
				configureTraceStore({ dir: fileURLToPath(new URL('trace-assets/', config.cacheDir)), base: config.base });
			},
			'astro:server:setup': ({ server }) => {
				serveFolderInDev(server, {
					base: () => traceStore().base,
					urlDir: TRACE_URL_DIR,
					dir: () => traceStore().dir,
					contentType: (file) => (file.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8'),
				});
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const copied = copyReferencedTraces(out, traceStore().dir);
				if (copied > 0) logger.info(`copied ${copied} trace${copied === 1 ? '' : 's'} to ${TRACE_URL_DIR}/`);
			},
		},
	};
}

/**
 * Copies every trace (and figure data file) a built page references (`_traces/<hash>`) from the store into `out`.
 * Throws naming the page when the store lacks one (a stale cache: delete it and rebuild).
 */
export function copyReferencedTraces(out: string, storeDir: string): number {
	const hashes = new Map<string, string>();
	for (const page of pagesMentioning(out, TRACE_URL_DIR)) {
		for (const m of readFileSync(page, 'utf8').matchAll(/_traces\/([0-9a-f]{16})[./]/g)) hashes.set(m[1], page);
	}
	for (const [hash, page] of hashes) {
		// A viewer's data has its JSON and a folder with the raw file; a figure's data file, the folder only.
		const json = join(storeDir, `${hash}.json`);
		const folder = join(storeDir, hash);
		if (!existsSync(json) && !existsSync(folder)) throw new Error(`${relative(out, page)}: trace data ${hash} is not in ${storeDir}; delete Astro's cache dir and build again`);
		if (existsSync(json)) cpSync(json, join(out, TRACE_URL_DIR, `${hash}.json`));
		if (existsSync(folder)) cpSync(folder, join(out, TRACE_URL_DIR, hash), { recursive: true });
	}
	return hashes.size;
}

