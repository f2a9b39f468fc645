/**
 * The ratio and the trend as plain sentences, for the CLI and the text under a chart, e.g.
 * "duration_get_latest takes 31.0 times as long as duration_direct (95% CI: 29.6 to 32.8)".
 */
import type { RatioSummary } from './benchmark-summary.ts';
import type { Trend } from './stats/trend.ts';

/** Three significant digits, grouped, e.g. `figure(997064.5)` is `'997,065'`, `figure(31.047)` is `'31.0'`. */
export function figure(value: number): string {
	if (!Number.isFinite(value)) return String(value);
	const digits = Math.abs(value) >= 100 ? 0 : Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value) || 1)));
	return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** E.g. `'duration_get_latest takes 31.0 times as long as duration_direct (95% CI: 29.6 to 32.8)'`. */
export function ratioSentence(ratio: RatioSummary, labels: Record<string, string> = {}): string {
	const name = (series: string) => labels[series] ?? series;
	return `${name(ratio.numerator)} takes ${figure(ratio.median)} times as long as ${name(ratio.denominator)} (95% CI: ${figure(ratio.ci95[0])} to ${figure(ratio.ci95[1])})`;
}

/**
 * E.g. `'duration_direct: the median grows by 31.7 us per unit of resource_count (95% CI: 29.2 to 34.5)'`, or
 * `'... is flat over kind_count: the slope, 120 us per unit of kind_count (95% CI: -350 to 610), includes 0'`.
 */
export function trendSentence(series: string, trend: Trend, x: string, unit: string): string {
	const per = `${unit ? `${unit} ` : ''}per unit of ${x}`;
	const ci = `95% CI: ${figure(trend.ci95[0])} to ${figure(trend.ci95[1])}`;
	if (trend.flat) return `${series}: the median is flat over ${x}: its slope, ${figure(trend.slope)} ${per} (${ci}), includes 0`;
	return `${series}: the median ${trend.slope > 0 ? 'grows' : 'falls'} by ${figure(Math.abs(trend.slope))} ${per} (${ci})`;
}
