/** The written number of a figure reference against the computed figure: one row a case, with its verdict. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figureVerdict, type FigureValue } from '../../../src/embeds/shared/figure-verdict.ts';
import { formatLikeWritten, parseWrittenFigure, roundScaled } from '../../../src/embeds/shared/written-figure.ts';

/** [written, computed, verdict]: `holds`, the computed value in the note's style, or `units differ`. */
const cases: [string, FigureValue, string][] = [
	// Precision: compared at the decimals written, rounding half away from zero.
	['11.5', { value: 11.54, unit: undefined }, 'holds'],
	['11.5', { value: 11.45, unit: undefined }, 'holds'],
	['11.5', { value: 11.55, unit: undefined }, '11.6'],
	['11.5', { value: 11.44, unit: undefined }, '11.4'],
	['11.54', { value: 11.54, unit: undefined }, 'holds'],
	['11.54', { value: 11.5, unit: undefined }, '11.50'],
	['12', { value: 11.5, unit: undefined }, 'holds'],
	['12', { value: 12.5, unit: undefined }, '13'],
	['5.20 s', { value: 5198, unit: 'ms' }, 'holds'],
	// Thousands separators, kept when the number is rewritten; a short number is grouped when it grows.
	['1,001', { value: 1001, unit: undefined }, 'holds'],
	['1,001', { value: 12345.6, unit: undefined }, '12,346'],
	['1001', { value: 1234, unit: undefined }, '1234'],
	['999', { value: 1000, unit: undefined }, '1,000'],
	['1,234.50 ms', { value: 1234.504, unit: 'ms' }, 'holds'],
	// s and ms convert into each other.
	['5198 ms', { value: 5.198, unit: 's' }, 'holds'],
	['5.2 s', { value: 5249, unit: 'ms' }, 'holds'],
	['5.2 s', { value: 5250, unit: 'ms' }, '5.3 s'],
	['75 ms', { value: 0.0751, unit: 's' }, 'holds'],
	// Percentages are a fraction times 100; a fraction may also be written as one.
	['38.8%', { value: 0.3882, unit: 'fraction' }, 'holds'],
	['38.8%', { value: 0.3885, unit: 'fraction' }, '38.9%'],
	['39 %', { value: 0.3849, unit: 'fraction' }, '38 %'],
	['0.39', { value: 0.3882, unit: 'fraction' }, 'holds'],
	// x ratios.
	['31x', { value: 31.05, unit: 'x' }, 'holds'],
	['31x', { value: 29.5, unit: 'x' }, '30x'],
	['31×', { value: 31.2, unit: 'x' }, 'holds'],
	// Negative numbers: half away from zero, the minus kept as typed.
	['-0.25', { value: -0.245, unit: undefined }, 'holds'],
	['−0.25', { value: -0.2549, unit: undefined }, 'holds'],
	['−0.25', { value: -0.256, unit: undefined }, '−0.26'],
	['-2', { value: -2.5, unit: undefined }, '-3'],
	['+3', { value: -3, unit: undefined }, '-3'],
	// A unit that does not match.
	['5.20 s', { value: 1001, unit: undefined }, 'units differ'],
	['38.8%', { value: 5198, unit: 'ms' }, 'units differ'],
	['31x', { value: 0.31, unit: 'fraction' }, 'units differ'],
	['12 MiB', { value: 12, unit: 'ms' }, 'units differ'],
	// No unit written: right for a count, wrong for a time or a ratio.
	['1001', { value: 1001, unit: undefined }, 'holds'],
	['5198', { value: 5198, unit: 'ms' }, 'units differ'],
	['31', { value: 31, unit: 'x' }, 'units differ'],
	// A unit the build does not convert holds when it is the figure's own.
	['12.3 us/resource_count', { value: 12.31, unit: 'us/resource_count' }, 'holds'],
];

for (const [written, computed, expected] of cases) {
	test(`"${written}" against ${computed.value}${computed.unit ? ` ${computed.unit}` : ''}: ${expected}`, () => {
		const verdict = figureVerdict(parseWrittenFigure(written)!, computed);
		assert.equal(verdict.holds ? 'holds' : verdict.units === 'differ' ? 'units differ' : verdict.computed, expected);
	});
}

test('a written number keeps its value, precision, grouping, sign, unit and spacing', () => {
	assert.deepEqual(parseWrittenFigure(' −1,234.50\u00a0ms '), { text: '−1,234.50\u00a0ms', value: -1234.5, decimals: 2, scaled: -123450, grouped: true, sign: '−', unit: 'ms', space: '\u00a0' });
	assert.deepEqual(parseWrittenFigure('31x'), { text: '31x', value: 31, decimals: 0, scaled: 31, grouped: undefined, sign: '', unit: 'x', space: '' });
});

test('words are no number (the old form); a number written wrong is an error naming it', () => {
	assert.equal(parseWrittenFigure('computed from the trace'), null);
	assert.equal(parseWrittenFigure('about 12'), null);
	assert.throws(() => parseWrittenFigure('1,00'), /"1,00" is not a number as the build reads one/);
	assert.throws(() => parseWrittenFigure('12.5.1'), /"12\.5\.1" is not a number/);
	assert.throws(() => parseWrittenFigure('5 s!'), /"5 s!" is not a number/);
});

test('rounding is half away from zero on the decimal value, not on its nearest double', () => {
	assert.deepEqual([roundScaled(11.45, 1), roundScaled(1.005, 2), roundScaled(-2.5, 0), roundScaled(2.5, 0), roundScaled(-0.04, 1), roundScaled(1e-7, 7), roundScaled(1.5e21, 0)], [115, 101, -3, 3, 0, 1, 1.5e21]);
	assert.equal(formatLikeWritten(parseWrittenFigure('0.050')!, 0.0004), '0.000');
});
