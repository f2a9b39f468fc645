/**
 * Everything the CLI's `--json`, the chart's table and figure references show for one file: per
 * case and series the statistics (`stats/series-stats.ts`) and when mean ± sd misleads, per case
 * the ratio of the medians of two series, and per series the trend over x. Values are in the
 * file's unit (`unit`, `''` when unknown).
 */
import type { BenchmarkData, BenchmarkField, BenchmarkFormat } from './model.ts';
import { meanSdMisleads } from './stats/misleading-mean.ts';
import { medianRatioSorted } from './stats/ratio.ts';
import { seriesStatsSorted, sortedSamples, type SeriesStats } from './stats/series-stats.ts';
import { medianTrendSorted, type Trend } from './stats/trend.ts';

/** One series of one case: its statistics and the reasons mean ± sd misleads (empty when it does not). */
export interface SeriesSummary extends SeriesStats {
	/** E.g. `['the mean is 8.1% above the median']`. */
	meanSdMisleads: string[];
}

/** The ratio of the medians of two series in one case, e.g. `{ numerator: 'duration_get_latest', denominator: 'duration_direct', median: 31.05, ci95: [29.6, 32.8] }`. */
export interface RatioSummary {
	numerator: string;
	denominator: string;
	median: number;
	ci95: [number, number];
}

/** One case. */
export interface CaseSummary {
	x: number;
	line: number;
	fields: Record<string, BenchmarkField>;
	series: Record<string, SeriesSummary>;
	/** Null when the file has a single series. */
	ratio: RatioSummary | null;
}

/** The trend of each series over x; null with a single case. */
export interface TrendSummary {
	/** How it is computed, e.g. `'least-squares slope of the case medians, 95% CI from a seeded bootstrap (2000 resamples)'`. */
	method: string;
	series: Record<string, Trend>;
}

/** The whole summary: the `--json` shape of `npm run benchmark -- inspect`. */
export interface BenchmarkSummary {
	file: string;
	format: BenchmarkFormat;
	/** E.g. `'us'`; `''` when neither the file nor the caller gives it. */
	unit: string;
	x: string;
	series: string[];
	cases: CaseSummary[];
	trend: TrendSummary | null;
}

/** Which two series the ratio divides, e.g. `{ numerator: 'duration_get_latest', denominator: 'duration_direct' }` (the defaults: the first two series). */
export interface SummaryOptions {
	numerator?: string;
	denominator?: string;
}

/** Summarizes read data, e.g. `benchmarkSummary(readBenchmarkFile(path, { unit: 'us' })).cases[4].ratio.median` is about `31.0`. */
export function benchmarkSummary(data: BenchmarkData, options: SummaryOptions = {}): BenchmarkSummary {
	const pick = (name: string | undefined, fallback: string | undefined, role: string) => {
		if (name !== undefined && !data.series.includes(name)) throw new Error(`${data.file}: no series "${name}" for the ratio's ${role}; the series are ${data.series.join(', ')}`);
		return name ?? fallback;
	};
	const numerator = pick(options.numerator, data.series[0], 'numerator');
	const denominator = pick(options.denominator, data.series.find((s) => s !== numerator), 'denominator');
	// Each series is sorted once; the statistics, the ratio and the trend read the sorted copy.
	const sorted = data.cases.map((c) => Object.fromEntries(data.series.map((name) => [name, sortedSamples(c.series[name])])));
	const cases = data.cases.map((c, i): CaseSummary => {
		const series: Record<string, SeriesSummary> = {};
		for (const name of data.series) {
			const stats = seriesStatsSorted(sorted[i][name]);
			series[name] = { ...stats, meanSdMisleads: meanSdMisleads(c.series[name], stats) };
		}
		const ratio =
			numerator !== undefined && denominator !== undefined && numerator !== denominator
				? { numerator, denominator, ...medianRatioSorted(sorted[i][numerator], sorted[i][denominator]) }
				: null;
		return { x: c.x, line: c.line, fields: c.fields, series, ratio };
	});
	const trend =
		data.cases.length < 2
			? null
			: {
					method: 'least-squares slope of the case medians, 95% CI from a seeded bootstrap (2000 resamples)',
					series: Object.fromEntries(data.series.map((name) => [name, medianTrendSorted(data.cases.map((c) => c.x), sorted.map((s) => s[name]))])),
				};
	return { file: data.file, format: data.format, unit: data.unit, x: data.x, series: data.series, cases, trend };
}
