/**
 * The URL hash <-> a chart's view and scale, as the trace viewer's deep link: each chart owns one
 * `&`-separated entry, so charts and viewers on a page keep their own state and other fragments
 * are left alone:
 *
 *   `<chartId>=<distribution|thesis>~<linear|log>[~<hidden series>]`
 *
 * the hidden series as their legend numbers joined by `.`, e.g. `bc-ab12=thesis~log~1.3`. A chart
 * in its opening state (its view and scale, every series shown) writes no entry.
 */
import type { ChartScale, ChartView } from '../embeds/benchmark/benchmark-block-options.ts';

/** What a link holds for one chart, e.g. `{ view: 'thesis', scale: 'linear', hidden: ['1'] }`. */
export interface ChartState {
	view: ChartView;
	scale: ChartScale;
	/** The legend numbers of the hidden series, ascending, e.g. `['1', '3']`. */
	hidden: readonly string[];
}

/** Reads a chart's state, e.g. `readChartLink('#bc-ab12=thesis~log~1', 'bc-ab12')` -> `{ view: 'thesis', scale: 'log', hidden: ['1'] }`; null when absent or malformed. */
export function readChartLink(hash: string, chartId: string): ChartState | null {
	const entry = entries(hash).find((e) => e.startsWith(`${chartId}=`));
	const m = entry ? /^(distribution|thesis)~(linear|log)(?:~(\d+(?:\.\d+)*))?$/.exec(decodeURIComponent(entry.slice(chartId.length + 1))) : null;
	return m ? { view: m[1] as ChartView, scale: m[2] as ChartScale, hidden: m[3] ? ascending(m[3].split('.')) : [] } : null;
}

/** The hash with this chart's entry set to `state` (removed when null), other entries kept in order, e.g. `('#a=1', 'bc-ab12', { view: 'thesis', scale: 'log', hidden: [] })` -> `'#a=1&bc-ab12=thesis~log'`. */
export function writeChartLink(hash: string, chartId: string, state: ChartState | null): string {
	const hidden = state && state.hidden.length > 0 ? `~${ascending(state.hidden).join('.')}` : '';
	const all = [...entries(hash).filter((e) => !e.startsWith(`${chartId}=`)), ...(state ? [`${chartId}=${state.view}~${state.scale}${hidden}`] : [])];
	return all.length ? `#${all.join('&')}` : '';
}

/** Legend numbers once each, in numeric order, e.g. `['3', '1', '3']` -> `['1', '3']`. */
function ascending(groups: readonly string[]): string[] {
	return [...new Set(groups)].sort((a, b) => Number(a) - Number(b));
}

/** A chart id safe in a hash and as an HTML id, e.g. `('3fa2c9d1e0b4', 2)` -> `'bc-3fa2c9d1-2'`. */
export function chartIdFor(dataHash: string, occurrence: number): string {
	const short = dataHash.replace(/[^0-9a-z]/gi, '').slice(0, 8);
	return occurrence > 1 ? `bc-${short}-${occurrence}` : `bc-${short}`;
}

function entries(hash: string): string[] {
	return hash.replace(/^#/, '').split('&').filter(Boolean);
}
