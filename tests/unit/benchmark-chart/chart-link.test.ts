import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chartIdFor, readChartLink, writeChartLink } from '../../../src/benchmark-chart/chart-link.ts';

test('a chart reads its own entry and ignores the others', () => {
	assert.deepEqual(readChartLink('#tv-1=0~5&bc-ab12=thesis~log', 'bc-ab12'), { view: 'thesis', scale: 'log', hidden: [] });
	assert.equal(readChartLink('#bc-ab12=thesis~log', 'bc-ab'), null);
	assert.equal(readChartLink('#bc-ab12=bars~log', 'bc-ab12'), null);
	assert.equal(readChartLink('#bc-ab12=thesis', 'bc-ab12'), null);
	assert.equal(readChartLink('', 'bc-ab12'), null);
});

test('writing keeps other entries in order and removes the entry for the opening state', () => {
	assert.equal(writeChartLink('#a=1', 'bc-ab12', { view: 'thesis', scale: 'log', hidden: [] }), '#a=1&bc-ab12=thesis~log');
	assert.equal(writeChartLink('#bc-ab12=thesis~log&a=1', 'bc-ab12', { view: 'distribution', scale: 'linear', hidden: [] }), '#a=1&bc-ab12=distribution~linear');
	assert.equal(writeChartLink('#bc-ab12=thesis~log', 'bc-ab12', null), '');
	assert.deepEqual(readChartLink(writeChartLink('', 'bc-1', { view: 'distribution', scale: 'log', hidden: [] }), 'bc-1'), { view: 'distribution', scale: 'log', hidden: [] });
});

test('hidden series are in the link by their legend numbers, in numeric order, each once', () => {
	assert.equal(writeChartLink('', 'bc-1', { view: 'thesis', scale: 'log', hidden: ['10', '2', '10'] }), '#bc-1=thesis~log~2.10');
	assert.deepEqual(readChartLink('#bc-1=distribution~linear~3.1', 'bc-1'), { view: 'distribution', scale: 'linear', hidden: ['1', '3'] });
	for (const bad of ['#bc-1=thesis~log~', '#bc-1=thesis~log~a', '#bc-1=thesis~log~1..2', '#bc-1=thesis~log~1~2']) assert.equal(readChartLink(bad, 'bc-1'), null, bad);
});

test('chart ids are short, and numbered from the second occurrence', () => {
	assert.equal(chartIdFor('3fa2c9d1e0b4', 1), 'bc-3fa2c9d1');
	assert.equal(chartIdFor('3fa2c9d1e0b4', 2), 'bc-3fa2c9d1-2');
});
