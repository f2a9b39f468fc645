/**
 * The pure model of one benchmark chart: which groups (a file's series, or files x series in a
 * compare chart) it draws per case, each with its samples and statistics (`benchmarkSummary`),
 * the display units, the default view and scale, and the sentences under it. DOM-free: the
 * Plot views (`plot-views.ts`), the numbers table and the element all read this.
 */
import type { BenchmarkData } from '../benchmark/model.ts';
import type { BenchmarkSummary, SeriesSummary } from '../benchmark/benchmark-summary.ts';
import { ratioSentence, trendSentence } from '../benchmark/benchmark-sentences.ts';
import type { ChartScale, ChartView } from '../embeds/benchmark/benchmark-block-options.ts';
import { displayUnit, thesisUnit, type DisplayUnit } from './display-unit.ts';

/** Most groups a chart draws: one colour each. */
export const MAX_GROUPS = 8;
/** Medians this many times apart switch the distribution view to a log scale. */
export const LOG_RATIO = 10;

/** One file of a chart, read and summarized. */
export interface ChartFile {
	/** E.g. `GKE: same node`. */
	label: string;
	data: BenchmarkData;
	summary: BenchmarkSummary;
}

/** One coloured group: a series of one file, e.g. `{ index: 0, label: 'get_latest_with_secondaries', file: 0, series: 'duration_get_latest' }`. */
export interface ChartGroup {
	index: number;
	label: string;
	file: number;
	series: string;
}

/** One box (or bar) of the chart: a group in a case, e.g. `{ caseIndex: 4, group: 0, x: 100, ... }`. */
export interface ChartPoint {
	caseIndex: number;
	group: number;
	x: number;
	/** In the file's unit. */
	samples: number[];
	stats: SeriesSummary;
}

/** What a chart draws and says. */
export interface ChartModel {
	title: string;
	/** The x field's label, e.g. `Number of Secondaries`. */
	xLabel: string;
	groups: ChartGroup[];
	/** The cases' x values, ascending, e.g. `[0, 1, 5, 10, 100, 1000]`. */
	xs: number[];
	/** Case-major, then group: the order of the marks and the table's rows. */
	points: ChartPoint[];
	units: Record<ChartView, DisplayUnit>;
	compare: boolean;
	/** False when a value is 0 or less (no log axis can show it). */
	logAllowed: boolean;
	view: ChartView;
	/** The scale each view opens with. */
	scales: Record<ChartView, ChartScale>;
	/** Per case, the ratio of the first two series' medians (single-file charts), e.g. `'Number of Secondaries 100: get_latest_with_secondaries takes 31.0 times as long as ...'`. */
	ratios: string[];
	/** Per group, its trend over x. */
	trends: string[];
	/** Where mean ± sd misleads, e.g. `'Number of Secondaries 100, get_latest_with_secondaries: the mean is 8.1% above the median'`. */
	misleads: string[];
}

/** What the block decides beyond the files. */
export interface ChartSettings {
	title: string;
	xLabel?: string;
	/** Series label by field, e.g. `{ duration_direct: 'Direct LIST requests' }`. */
	labels: Record<string, string>;
	view?: ChartView;
	scale?: ChartScale;
}

/**
 * Builds the model; throws when the chart would need more than `MAX_GROUPS` colours.
 * @param files e.g. one file, or the block's `src` and its `compare` files, in order
 */
export function chartModel(files: ChartFile[], settings: ChartSettings): ChartModel {
	const compare = files.length > 1;
	const series = files[0].data.series;
	const name = (field: string) => settings.labels[field] ?? field;
	const groups: ChartGroup[] = files.flatMap((file, f) =>
		series.map((s) => ({ file: f, series: s, label: !compare ? name(s) : series.length === 1 ? file.label : `${file.label} · ${name(s)}` })),
	).map((g, index) => ({ ...g, index }));
	if (groups.length > MAX_GROUPS) throw new Error(`a chart draws at most ${MAX_GROUPS} series (files x series); this one has ${groups.length}: name fewer in \`series\` or \`compare\``);
	const xs = [...new Set(files.flatMap((f) => f.summary.cases.map((c) => c.x)))].sort((a, b) => a - b);
	const points: ChartPoint[] = [];
	xs.forEach((x, caseIndex) => {
		for (const g of groups) {
			const k = files[g.file].summary.cases.findIndex((c) => c.x === x);
			if (k === -1) continue;
			points.push({ caseIndex, group: g.index, x, samples: files[g.file].data.cases[k].series[g.series], stats: files[g.file].summary.cases[k].series[g.series] });
		}
	});
	const medians = points.map((p) => p.stats.median);
	const smallest = Math.min(...medians);
	const logAllowed = points.every((p) => p.stats.min > 0);
	const unit = files[0].summary.unit;
	const units = { distribution: displayUnit(unit, smallest), thesis: thesisUnit(unit) };
	const xLabel = settings.xLabel ?? files[0].data.x;
	const caseName = (x: number) => `${xLabel} ${x}`;
	const ratios = compare
		? []
		: files[0].summary.cases.flatMap((c) => (c.ratio ? [`${caseName(c.x)}: ${ratioSentence(c.ratio, settings.labels)}.`] : []));
	const trends = groups.flatMap((g) => {
		const trend = files[g.file].summary.trend?.series[g.series];
		if (!trend) return [];
		const f = units.distribution.factor;
		const shown = { ...trend, slope: trend.slope * f, intercept: trend.intercept * f, ci95: [trend.ci95[0] * f, trend.ci95[1] * f] as [number, number] };
		return [`${trendSentence(g.label, shown, xLabel, units.distribution.unit)}.`];
	});
	const misleads = points.flatMap((p) => (p.stats.meanSdMisleads.length ? [`${caseName(p.x)}, ${groups[p.group].label}: ${p.stats.meanSdMisleads.join('; ')}`] : []));
	const auto: ChartScale = logAllowed && Math.max(...medians) > LOG_RATIO * smallest ? 'log' : 'linear';
	const scale = settings.scale === 'log' && !logAllowed ? 'linear' : settings.scale;
	return {
		title: settings.title,
		xLabel,
		groups,
		xs,
		points,
		units,
		compare,
		logAllowed,
		view: settings.view ?? 'distribution',
		scales: { distribution: scale ?? auto, thesis: scale ?? 'linear' },
		ratios,
		trends,
		misleads,
	};
}

/** The case a point belongs to as the chart names it, e.g. `caseLabel(model, 100)` is `'Number of Secondaries 100'`. */
export function caseLabel(model: Pick<ChartModel, 'xLabel'>, x: number): string {
	return `${model.xLabel} ${x}`;
}
