/**
 * The value a figure reference into a benchmark file names, as a page's prose links it:
 * `results.jsonl#figure=ratio&x=100`, `#figure=median&series=duration_get_latest&x=100`,
 * `#figure=trend.slope&series=duration_direct`. Parameters: `figure` (one of `BENCHMARK_FIGURES`),
 * `x` (needed when the file has more than one case), `series` (needed when it has more than one
 * series; not for `ratio`). Anything else is an error that says what is allowed.
 */
import type { BenchmarkSummary, CaseSummary } from './benchmark-summary.ts';
import type { SeriesStats } from './stats/series-stats.ts';

const STATS = ['n', 'min', 'p5', 'p25', 'median', 'medianCi95.lo', 'medianCi95.hi', 'p75', 'p95', 'max', 'mean', 'sd'] as const;
const RATIO = ['ratio', 'ratio.lo', 'ratio.hi'] as const;
const TREND = ['trend.slope', 'trend.lo', 'trend.hi'] as const;

/** Every figure a reference may name, e.g. `'median'`, `'ratio.lo'`, `'trend.slope'`. */
export const BENCHMARK_FIGURES: readonly string[] = [...STATS, ...RATIO, ...TREND];
const PARAMETERS = ['figure', 'x', 'series'];

/** A figure's value and unit: the file's unit, `'x'` for a ratio, `'<unit>/<x>'` for a slope, undefined for counts or an unknown unit. */
export interface BenchmarkFigure {
	value: number;
	unit: string | undefined;
}

/** Looks a figure up, e.g. `benchmarkFigure(summary, new URLSearchParams('figure=ratio&x=100'))` is `{ value: 31.05, unit: 'x' }`. */
export function benchmarkFigure(summary: BenchmarkSummary, params: URLSearchParams): BenchmarkFigure {
	const fail = (reason: string): never => {
		throw new Error(`${summary.file}: ${reason}`);
	};
	for (const key of params.keys()) if (!PARAMETERS.includes(key)) fail(`unknown parameter "${key}" in a figure reference; allowed: ${PARAMETERS.join(', ')}`);
	const name = params.get('figure') ?? fail(`a figure reference needs figure=<${BENCHMARK_FIGURES.join('|')}>`);
	if (!BENCHMARK_FIGURES.includes(name)) fail(`unknown figure "${name}"; allowed: ${BENCHMARK_FIGURES.join(', ')}`);
	const unit = summary.unit || undefined;
	if ((TREND as readonly string[]).includes(name)) {
		if (params.has('x')) fail(`figure "${name}" is over all cases: drop x`);
		if (!summary.trend) fail(`figure "${name}" needs at least two cases; the file has one`);
		const trend = summary.trend!.series[seriesOf(summary, params, fail)];
		const value = name === 'trend.slope' ? trend.slope : name === 'trend.lo' ? trend.ci95[0] : trend.ci95[1];
		return { value, unit: unit && `${unit}/${summary.x}` };
	}
	const found = caseOf(summary, params, fail);
	if ((RATIO as readonly string[]).includes(name)) {
		if (params.has('series')) fail(`figure "${name}" divides ${found.ratio?.numerator ?? 'two series'} by ${found.ratio?.denominator ?? 'another'}: drop series`);
		const ratio = found.ratio ?? fail(`figure "${name}" needs two series; the file has one`);
		return { value: name === 'ratio' ? ratio.median : name === 'ratio.lo' ? ratio.ci95[0] : ratio.ci95[1], unit: 'x' };
	}
	const stats: SeriesStats = found.series[seriesOf(summary, params, fail)];
	if (name === 'n') return { value: stats.n, unit: undefined };
	if (name === 'medianCi95.lo' || name === 'medianCi95.hi') return { value: stats.medianCi95[name.endsWith('lo') ? 0 : 1], unit };
	return { value: stats[name as Exclude<(typeof STATS)[number], 'n' | 'medianCi95.lo' | 'medianCi95.hi'>], unit };
}

function caseOf(summary: BenchmarkSummary, params: URLSearchParams, fail: (reason: string) => never): CaseSummary {
	const xs = summary.cases.map((c) => c.x).join(', ');
	const raw = params.get('x');
	if (raw === null) return summary.cases.length === 1 ? summary.cases[0] : fail(`the file has ${summary.cases.length} cases: add x=<${xs}> (${summary.x})`);
	return summary.cases.find((c) => c.x === Number(raw) && raw.trim() !== '') ?? fail(`no case with ${summary.x} ${raw}; the cases are ${xs}`);
}

function seriesOf(summary: BenchmarkSummary, params: URLSearchParams, fail: (reason: string) => never): string {
	const name = params.get('series');
	if (name === null) return summary.series.length === 1 ? summary.series[0] : fail(`the file has ${summary.series.length} series: add series=<${summary.series.join('|')}>`);
	return summary.series.includes(name) ? name : fail(`no series "${name}"; the series are ${summary.series.join(', ')}`);
}
