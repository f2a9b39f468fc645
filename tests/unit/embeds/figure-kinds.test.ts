/**
 * Figure kinds: a link picks its kind by its figure's name (figure-kinds.ts), no name belongs to two
 * kinds, and the benchmark kind computes its figures from a small benchmark fixture
 * (tests/fixtures/benchmark/two-cases.jsonl: medians 11 and 21 against 2 and 4).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { BENCHMARK_FIGURES } from '../../../src/benchmark/benchmark-figure.ts';
import { evaluateFigure } from '../../../src/embeds/evaluate-figure.ts';
import { figureKindOf, figureKinds } from '../../../src/embeds/figure-kinds.ts';
import { parseFigureLink } from '../../../src/embeds/shared/figure-link.ts';
import { TRACE_FIGURE_ROOTS } from '../../../src/embeds/trace/trace-figure-reference.ts';

const page = join(import.meta.dirname, '../../fixtures/benchmark/page.md');
const kindOf = (url: string) => figureKindOf(parseFigureLink(url)!).name;

test('a link picks its kind by the figure it names, whatever the file is called', () => {
	assert.deepEqual([kindOf('x.csv#figure=medianGapMs'), kindOf('x.jsonl#figure=unload.coldStarts'), kindOf('x.csv#figure=median'), kindOf('r.jsonl#figure=ratio&x=100'), kindOf('r.jsonl#figure=trend.slope')], ['trace', 'trace', 'benchmark', 'benchmark', 'benchmark']);
	assert.throws(() => kindOf('x.csv#figure=loadFactor'), /no figure "loadFactor": trace figures are records, .*; benchmark figures are n, min, .*ratio/);
});

test('no figure name is claimed by two kinds', () => {
	for (const name of [...BENCHMARK_FIGURES, ...TRACE_FIGURE_ROOTS, ...TRACE_FIGURE_ROOTS.map((root) => `${root}.x`)]) {
		const link = parseFigureLink(`f#figure=${name}`)!;
		assert.equal(figureKinds.filter((kind) => kind.claims(link)).length, 1, name);
	}
});

test('benchmark figures are computed from the file and compared like any figure', () => {
	const check = (url: string, text: string) => {
		const outcome = evaluateFigure(url, text, page)!;
		return [outcome.verdict, outcome.expected, outcome.computed.description];
	};
	assert.deepEqual(check('two-cases.jsonl#figure=ratio&x=10', '5.25x'), ['holds', '5.25x', 'ratio of two-cases.jsonl, x = 10']);
	assert.deepEqual(check('two-cases.jsonl#figure=ratio&x=10', '6x'), ['differs', '5x', 'ratio of two-cases.jsonl, x = 10']);
	assert.deepEqual(check('two-cases.jsonl#figure=median&series=duration_direct&x=10&unit=ms', '4.0 ms'), ['holds', '4.0 ms', 'median of two-cases.jsonl, series duration_direct, x = 10, in ms']);
	assert.deepEqual(check('two-cases.jsonl#figure=median&series=duration_direct&x=10&unit=ms', '0.004 s'), ['holds', '0.004 s', 'median of two-cases.jsonl, series duration_direct, x = 10, in ms']);
	assert.deepEqual(check('two-cases.jsonl#figure=n&series=duration_get_latest&x=0', 'the samples').slice(0, 2), ['unwritten', '3']);
	assert.throws(() => evaluateFigure('two-cases.jsonl#figure=ratio', '5x', page), /the file has 2 cases: add x=<0, 10>/);
});
