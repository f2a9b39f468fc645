/**
 * The URL hash <-> a chart's view and scale, as the trace viewer's deep link: each chart owns one
 * `&`-separated entry, so charts and viewers on a page keep their own state and other fragments
 * are left alone:
 *
 *   `<chartId>=<distribution|thesis>~<linear|log>`
 *
 * A chart in its opening state writes no entry.
 */
import type { ChartScale, ChartView } from '../embeds/benchmark/benchmark-block-options.ts';

/** What a link holds for one chart, e.g. `{ view: 'thesis', scale: 'linear' }`. */
export interface ChartState {
	view: ChartView;
	scale: ChartScale;
}

/** Reads a chart's state, e.g. `readChartLink('#bc-ab12=thesis~log', 'bc-ab12')` -> `{ view: 'thesis', scale: 'log' }`; null when absent or malformed. */
export function readChartLink(hash: string, chartId: string): ChartState | null {
	const entry = entries(hash).find((e) => e.startsWith(`${chartId}=`));
	const m = entry ? /^(distribution|thesis)~(linear|log)$/.exec(decodeURIComponent(entry.slice(chartId.length + 1))) : null;
	return m ? { view: m[1] as ChartView, scale: m[2] as ChartScale } : null;
}

/** The hash with this chart's entry set to `state` (removed when null), other entries kept in order, e.g. `('#a=1', 'bc-ab12', { view: 'thesis', scale: 'log' })` -> `'#a=1&bc-ab12=thesis~log'`. */
export function writeChartLink(hash: string, chartId: string, state: ChartState | null): string {
	const all = [...entries(hash).filter((e) => !e.startsWith(`${chartId}=`)), ...(state ? [`${chartId}=${state.view}~${state.scale}`] : [])];
	return all.length ? `#${all.join('&')}` : '';
}

/** A chart id safe in a hash and as an HTML id, e.g. `('3fa2c9d1e0b4', 2)` -> `'bc-3fa2c9d1-2'`. */
export function chartIdFor(dataHash: string, occurrence: number): string {
	const short = dataHash.replace(/[^0-9a-z]/gi, '').slice(0, 8);
	return occurrence > 1 ? `bc-${short}-${occurrence}` : `bc-${short}`;
}

function entries(hash: string): string[] {
	return hash.replace(/^#/, '').split('&').filter(Boolean);
}
