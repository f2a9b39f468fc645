/**
 * The human-readable report of `npm run benchmark -- inspect`: per case a table of its series
 * (n, median [95% CI], mean ± sd, p5, p95, min, max), the ratio sentence, and at the end the trend
 * of each series. It only formats what `benchmarkSummary` computed.
 */
import { figure, ratioSentence, trendSentence } from '../../src/benchmark/benchmark-sentences.ts';
import type { BenchmarkSummary } from '../../src/benchmark/benchmark-summary.ts';

const HEADER = ['series', 'n', 'median [95% CI]', 'mean ± sd', 'p5', 'p95', 'min', 'max'];

/** The report as lines of text, e.g. `formatBenchmarkReport(summary).join('\n')`. */
export function formatBenchmarkReport(summary: BenchmarkSummary): string[] {
	const unit = summary.unit || '(unit unknown: give --unit)';
	const lines = [
		`${summary.file} (${summary.format}): ${summary.cases.length} case${summary.cases.length === 1 ? '' : 's'} over ${summary.x}, values in ${unit}`,
		'(the 95% CI of a median is from order statistics; fewer than 6 samples cannot reach 95%: the range, at the level shown)',
	];
	for (const c of summary.cases) {
		const fields = Object.entries(c.fields).map(([key, value]) => `${key} ${value}`);
		lines.push('', `${summary.x} ${c.x}${fields.length ? ` (${fields.join(', ')})` : ''}, line ${c.line}`);
		const rows = Object.entries(c.series).map(([name, s]) => [
			name,
			String(s.n),
			`${figure(s.median)} [${figure(s.medianCi95[0])}, ${figure(s.medianCi95[1])}]${s.medianCiLevel < 0.95 ? ` (${Math.floor(s.medianCiLevel * 100)}% only)` : ''}`,
			`${figure(s.mean)} ± ${figure(s.sd)}`,
			...[s.p5, s.p95, s.min, s.max].map(figure),
		]);
		lines.push(...table([HEADER, ...rows]));
		for (const [name, s] of Object.entries(c.series)) if (s.meanSdMisleads.length) lines.push(`  note: mean ± sd misleads for ${name}: ${s.meanSdMisleads.join('; ')}`);
		if (c.ratio) lines.push(`  ${ratioSentence(c.ratio)}`);
	}
	if (summary.trend) {
		lines.push('', `trend over ${summary.x} (${summary.trend.method}):`);
		for (const [name, trend] of Object.entries(summary.trend.series)) lines.push(`  ${trendSentence(name, trend, summary.x, summary.unit)}`);
	}
	return lines;
}

/** Columns padded to their widest cell, text left and numbers right. */
function table(rows: string[][]): string[] {
	const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
	return rows.map((row) => `  ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')}`);
}
