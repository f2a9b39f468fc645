/**
 * Benchmark result files as a figure kind (`shared/figure-kind.ts`): a link whose `figure=` names
 * one of `BENCHMARK_FIGURES` (`median`, `ratio`, `trend.slope`, ...) is computed by reading the
 * file (`benchmark/read/read-benchmark.ts`), summarising it and looking the figure up
 * (`benchmark/benchmark-figure.ts`), e.g. `results.jsonl#figure=ratio&x=100`. A file of records
 * cannot say its unit, so the link may, as a ```benchmark block's `unit:` does: `&unit=us`
 * (this kind's own parameter; the others are the lookup's: `x`, `series`). Summaries are kept
 * per file, modification time and unit for the whole process (on `globalThis`, as for traces).
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { benchmarkFigure, BENCHMARK_FIGURES } from '../../benchmark/benchmark-figure.ts';
import { benchmarkSummary, type BenchmarkSummary } from '../../benchmark/benchmark-summary.ts';
import { readBenchmarkFile } from '../../benchmark/read/read-benchmark.ts';
import type { FigureKind } from '../shared/figure-kind.ts';
import { FigureError, type FigureLink } from '../shared/figure-link.ts';

const cacheKey = Symbol.for('masters-thesis.benchmark-figure-summaries');
const summaries: Map<string, BenchmarkSummary> = ((globalThis as Record<symbol, unknown>)[cacheKey] as Map<string, BenchmarkSummary> | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[cacheKey] = summaries;

/** The benchmark kind, e.g. for `results.jsonl#figure=median&series=duration_direct&x=100&unit=us`. */
export const benchmarkFigureKind: FigureKind = {
	name: 'benchmark',
	figures: `${BENCHMARK_FIGURES.join(', ')} (with x=, series=, unit=)`,
	claims: (link) => BENCHMARK_FIGURES.includes(link.params.get('figure') ?? ''),
	files: (link) => [link.file],
	compute: (link, page) => {
		const file = resolve(dirname(page), decodeURI(link.file));
		if (!existsSync(file)) throw new FigureError(`${link.file} does not exist`);
		const unit = link.params.get('unit') ?? undefined;
		const lookup = new URLSearchParams([...link.params].filter(([key]) => key !== 'unit'));
		const figure = benchmarkFigure(summaryOf(file, unit), lookup);
		return { ...figure, text: formatBenchmarkFigure(figure.value, figure.unit, link.params.get('figure')!), description: describe(link, file), file };
	},
};

/**
 * A benchmark figure as a note would write it: counts whole, with separators; others to three significant digits, with their unit.
 * @param value e.g. `31.0512`; @param unit e.g. `x` -> `31.1x`; `(12.345, 'us')` -> `12.3 us`; `(50, undefined, 'n')` -> `50`
 */
export function formatBenchmarkFigure(value: number, unit: string | undefined, figure: string): string {
	if (figure === 'n') return value.toLocaleString('en-US');
	const digits = Math.abs(value) >= 1000 ? Math.round(value).toLocaleString('en-US') : value.toPrecision(3);
	return unit === undefined ? digits : unit === 'x' ? `${digits}x` : `${digits} ${unit}`;
}

/** e.g. `ratio of results.jsonl, x = 100`, `median of results.jsonl, series duration_direct, x = 100, in us`. */
function describe(link: FigureLink, file: string): string {
	const parts = [`${link.params.get('figure')} of ${basename(file)}`];
	for (const key of ['series', 'x']) if (link.params.has(key)) parts.push(`${key === 'x' ? 'x =' : 'series'} ${link.params.get(key)}`);
	if (link.params.has('unit')) parts.push(`in ${link.params.get('unit')}`);
	return parts.join(', ');
}

function summaryOf(file: string, unit: string | undefined): BenchmarkSummary {
	const key = JSON.stringify([file, statSync(file).mtimeMs, unit]);
	let summary = summaries.get(key);
	if (!summary) {
		summary = benchmarkSummary(readBenchmarkFile(file, unit === undefined ? {} : { unit }));
		summaries.set(key, summary);
	}
	return summary;
}
