/**
 * The chart's views as Observable Plot options (configured, not hand-drawn): the distribution
 * (samples as dots, box p25-p75, whiskers p5-p95, the median and its 95% CI) and the thesis's
 * (bars of the mean with ±sd error bars, or lines with a ±sd band for a compare chart, in ms).
 * Colours are CSS custom properties (`--bc-c0`...), text is `currentColor`, so one SVG follows
 * the site's theme. Every view ends with the hit marks (`bc-hit`), one per point, in
 * `model.points` order, which the element makes focusable.
 */
import * as Plot from '@observablehq/plot';
import type { ChartScale, ChartView } from '../embeds/benchmark/benchmark-block-options.ts';
import { caseLabel, type ChartModel, type ChartPoint } from './chart-model.ts';
import { withUnit } from './display-unit.ts';

/** Width the SVG is drawn for; it scales to the column. */
export const CHART_WIDTH = 720;
const HEIGHT = 380;

/** The colour of group `g`, e.g. `var(--bc-c0)`. */
export function groupColor(g: number): string {
	return `var(--bc-c${g})`;
}

/** The text a point's mark shows on hover or focus, e.g. `'Number of Secondaries 100, Direct LIST requests: median 32.11 ms (95% CI: 31.5 to 32.8), ...'`. */
export function pointText(model: ChartModel, p: ChartPoint, view: ChartView): string {
	const { unit, factor } = model.units[view];
	const s = p.stats;
	const v = (x: number) => withUnit(x * factor, unit);
	const head = `${caseLabel(model, p.x)}, ${model.groups[p.group].label}: `;
	if (view === 'thesis') return `${head}mean ${v(s.mean)} ± sd ${v(s.sd)} (n = ${s.n})`;
	return `${head}median ${v(s.median)} (95% CI: ${v(s.medianCi95[0])} to ${v(s.medianCi95[1])}), p25-p75 ${v(s.p25)} to ${v(s.p75)}, p5-p95 ${v(s.p5)} to ${v(s.p95)}, n = ${s.n}`;
}

/** Plot options of one view at one scale, e.g. `plotOptions(model, 'distribution', 'log')`. */
export function plotOptions(model: ChartModel, view: ChartView, scale: ChartScale): Plot.PlotOptions {
	const { unit, factor } = model.units[view];
	const k = model.groups.length;
	const rows = model.points.map((p) => ({ ...p, s: p.stats, xi: p.group, text: pointText(model, p, view) }));
	const yLabel = `${view === 'thesis' ? 'Mean duration' : 'Duration'}${unit ? ` (${unit})` : ''}${scale === 'log' ? ', log scale' : ''}`;
	const common = {
		width: CHART_WIDTH,
		height: HEIGHT,
		marginLeft: 60,
		style: { fontSize: '12px' },
		ariaLabel: `${model.title}: ${view === 'thesis' ? 'mean ± sd, as in the thesis' : 'distribution of the samples'}`,
	};
	const f = (x: number) => x * factor;
	const lineChart = view === 'thesis' && model.compare;
	// The least value the frame shows: bars and lower error bars start there on a log axis.
	const floor = scale === 'log' ? Math.min(...model.points.map((p) => (view === 'thesis' ? Math.max(p.stats.mean - p.stats.sd, p.stats.min) : p.stats.min))) * factor * 0.8 : 0;
	const y: Plot.ScaleOptions = { type: scale, label: yLabel, grid: true, ...(scale === 'linear' ? { zero: true } : { domain: undefined }) };
	const hitTitle = { title: 'text', ariaLabel: 'text', className: 'bc-hit' } as const;
	if (lineChart) {
		const marks = model.groups.flatMap((g) => {
			const own = rows.filter((r) => r.group === g.index);
			const color = groupColor(g.index);
			return [
				Plot.areaY(own, { x: 'x', y1: (r) => Math.max(f(r.s.mean - r.s.sd), floor), y2: (r) => f(r.s.mean + r.s.sd), fill: color, fillOpacity: 0.15, className: `bc-g${g.index}` }),
				Plot.lineY(own, { x: 'x', y: (r) => f(r.s.mean), stroke: color, strokeWidth: 2, className: `bc-g${g.index}` }),
				Plot.dot(own, { x: 'x', y: (r) => f(r.s.mean), fill: color, r: 3, className: `bc-g${g.index}` }),
			];
		});
		return { ...common, x: { type: 'point', label: model.xLabel, domain: model.xs, padding: 0.3 }, y, marks: [...marks, Plot.dot(rows, { x: 'x', y: (r) => f(r.s.mean), r: 9, fill: 'transparent', ...hitTitle })] };
	}
	const band = { fx: 'x', x1: (r: (typeof rows)[number]) => r.xi - 0.42, x2: (r: (typeof rows)[number]) => r.xi + 0.42 };
	const marks = model.groups.flatMap((g) => {
		const own = rows.filter((r) => r.group === g.index);
		const color = groupColor(g.index);
		const cls = `bc-g${g.index}`;
		if (view === 'thesis') {
			return [
				Plot.rectY(own, { fx: 'x', x1: (r) => r.xi - 0.36, x2: (r) => r.xi + 0.36, y1: floor, y2: (r) => f(r.s.mean), fill: color, className: cls }),
				Plot.ruleX(own, { fx: 'x', x: 'xi', y1: (r) => Math.max(f(r.s.mean - r.s.sd), floor), y2: (r) => f(r.s.mean + r.s.sd), stroke: 'currentColor', strokeWidth: 1.5, className: cls }),
				Plot.ruleY(own, { fx: 'x', x1: (r) => r.xi - 0.12, x2: (r) => r.xi + 0.12, y: (r) => f(r.s.mean + r.s.sd), stroke: 'currentColor', strokeWidth: 1.5, className: cls }),
			];
		}
		const dots = own.flatMap((r) => r.samples.map((value, i) => ({ x: r.x, xi: r.xi + jitter(i) * 0.6, value: f(value) })));
		return [
			Plot.dot(dots, { fx: 'x', x: 'xi', y: 'value', r: 1.6, fill: color, fillOpacity: 0.45, className: `${cls} bc-samples` }),
			Plot.ruleX(own, { fx: 'x', x: 'xi', y1: (r) => f(r.s.p5), y2: (r) => f(r.s.p95), stroke: color, strokeWidth: 1.5, className: cls }),
			Plot.rectY(own, { fx: 'x', x1: (r) => r.xi - 0.32, x2: (r) => r.xi + 0.32, y1: (r) => f(r.s.p25), y2: (r) => f(r.s.p75), fill: color, fillOpacity: 0.2, stroke: color, className: cls }),
			Plot.rectY(own, { fx: 'x', x1: (r) => r.xi - 0.1, x2: (r) => r.xi + 0.1, y1: (r) => f(r.s.medianCi95[0]), y2: (r) => f(r.s.medianCi95[1]), fill: color, className: cls }),
			Plot.ruleY(own, { fx: 'x', x1: (r) => r.xi - 0.32, x2: (r) => r.xi + 0.32, y: (r) => f(r.s.median), stroke: 'currentColor', strokeWidth: 2, className: cls }),
		];
	});
	return {
		...common,
		fx: { label: model.xLabel, domain: model.xs, padding: 0.1 },
		x: { axis: null, domain: [-0.5, k - 0.5] },
		y,
		marks: [...marks, Plot.rect(rows, { ...band, fill: 'transparent', ...hitTitle })],
	};
}

/** A sample's horizontal offset in its box, in [-0.5, 0.5): the golden-ratio sequence, so every build draws the same dots, e.g. `jitter(0)` is `0`. */
export function jitter(i: number): number {
	const u = (i * 0.6180339887498949) % 1;
	return u - Math.floor(u + 0.5);
}
