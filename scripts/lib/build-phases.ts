/**
 * The phases of one `astro build`, read from its log: content sync (Astro's `[types] Generated`,
 * which covers the content layer loading and rendering every note), the static entrypoints (Vite),
 * route generation, the part of it spent on link-preview JSON routes, and Pagefind. Astro prints
 * these figures itself; reading them from its log keeps the benchmark from patching Astro.
 * Mermaid diagrams are drawn while the notes render, i.e. inside content sync.
 */

/** Seconds per phase; a phase the log does not show is undefined. */
export interface BuildPhases {
	/** `[types] Generated 19.10s` -> 19.1 */
	contentSync?: number;
	/** `[vite] ✓ built in 5.01s` lines, summed. */
	entrypoints?: number;
	/** The `✓ Completed in 51.69s.` after `generating static routes`. */
	routes?: number;
	/** The `(+13ms)` of every `/link-previews/...json` route, summed. */
	linkPreviews?: number;
	/** `Finished building search index in 6.22s.` */
	pagefind?: number;
}

/** The phase names in the order a build runs them, with how the benchmark labels them. */
export const phaseLabels: [keyof BuildPhases, string][] = [
	['contentSync', 'content sync'],
	['entrypoints', 'entrypoints (Vite)'],
	['routes', 'route generation'],
	['linkPreviews', '  of which link previews'],
	['pagefind', 'Pagefind'],
];

/** `1.5s` -> 1.5, `230ms` -> 0.23, `1m 30s` -> 90. */
function seconds(text: string): number {
	let total = 0;
	for (const [, value, unit] of text.matchAll(/([\d.]+)\s*(ms|m|s)/g)) total += Number(value) * (unit === 'ms' ? 0.001 : unit === 'm' ? 60 : 1);
	return total;
}

/**
 * Reads the phase times from the output of `astro build`.
 * @param log its stdout and stderr, e.g. `"08:46:43 [types] Generated 19.10s\n..."` -> `{ contentSync: 19.1, ... }`
 */
export function buildPhases(log: string): BuildPhases {
	const text = log.replace(/\x1b\[[0-9;]*m/g, '');
	const phases: BuildPhases = {};
	const sync = text.match(/\[types\] Generated ((?:\d+m )?[\d.]+m?s)/);
	if (sync) phases.contentSync = seconds(sync[1]);
	const vite = [...text.matchAll(/\[vite\] ✓ built in ((?:\d+m )?[\d.]+m?s)/g)];
	if (vite.length > 0) phases.entrypoints = vite.reduce((sum, match) => sum + seconds(match[1]), 0);
	const routes = text.match(/generating static routes[\s\S]*?✓ Completed in ((?:\d+m )?[\d.]+m?s)\./);
	if (routes) phases.routes = seconds(routes[1]);
	const previews = [...text.matchAll(/\/link-previews\/\S+\.json \(\+((?:\d+m )?[\d.]+m?s)\)/g)];
	if (previews.length > 0) phases.linkPreviews = previews.reduce((sum, match) => sum + seconds(match[1]), 0);
	const pagefind = text.match(/Finished building search index in ((?:\d+m )?[\d.]+m?s)/);
	if (pagefind) phases.pagefind = seconds(pagefind[1]);
	return phases;
}
