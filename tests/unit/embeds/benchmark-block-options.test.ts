import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBenchmarkBlock } from '../../../src/embeds/benchmark/benchmark-block-options.ts';
import { BlockOptionsError } from '../../../src/embeds/shared/block-yaml.ts';

/** The message and line of a refused block, e.g. `3: unknown key ...`. */
function refusal(yaml: string): string {
	try {
		parseBenchmarkBlock(yaml);
	} catch (error) {
		assert.ok(error instanceof BlockOptionsError);
		return `${error.line ?? '-'}: ${error.message}`;
	}
	assert.fail('the block was accepted');
}

test('a full block reads fields with their labels, in order', () => {
	const options = parseBenchmarkBlock(
		'src: ./r.jsonl\nx:\n  resource_count: Number of Secondaries\nseries:\n  duration_get_latest: get_latest_with_secondaries\n  duration_direct: Direct LIST requests\nunit: µs\ntitle: T\nlabel: "GKE: different node"\ncompare:\n  "GKE: same node": ./b.jsonl\nview: thesis\nscale: log\n',
	);
	assert.deepEqual(options, {
		src: './r.jsonl',
		label: 'GKE: different node',
		title: 'T',
		x: { field: 'resource_count', label: 'Number of Secondaries' },
		series: [
			{ field: 'duration_get_latest', label: 'get_latest_with_secondaries' },
			{ field: 'duration_direct', label: 'Direct LIST requests' },
		],
		unit: 'us',
		compare: [{ label: 'GKE: same node', src: './b.jsonl' }],
		view: 'thesis',
		scale: 'log',
	});
});

test('field names alone are labelled by their names', () => {
	const options = parseBenchmarkBlock('src: ./r.jsonl\nx: kind_count\nseries: [a, b]\n');
	assert.deepEqual(options.x, { field: 'kind_count', label: 'kind_count' });
	assert.deepEqual(options.series, [{ field: 'a', label: 'a' }, { field: 'b', label: 'b' }]);
});

test('each bad input is refused at its line', () => {
	assert.equal(refusal('title: T\n'), "-: `src` is required: the results file, relative to the page");
	assert.equal(refusal('src: ./r.jsonl\ncolour: red\n'), '2: unknown key `colour` (allowed: src, label, x, series, unit, title, compare, view, scale)');
	assert.equal(refusal('src: ./r.jsonl\nx: [a, b]\n'), '2: `x` must be one field: a field name, or `field: label`, e.g. `resource_count: Number of Secondaries`');
	assert.equal(refusal('src: ./r.jsonl\nseries: []\n'), '2: `series` must be the array fields to draw: a list of field names, or `field: label` lines');
	assert.equal(refusal('src: ./r.jsonl\nseries: [a, a]\n'), '2: `series` names the field a twice');
	assert.equal(refusal('src: ./r.jsonl\nunit: minutes\n'), '2: `unit` must be one of ns, us, µs, ms, s (got "minutes")');
	assert.equal(refusal('src: ./r.jsonl\ncompare: ./b.jsonl\n'), '2: `compare` must be `label: file` lines, one a file drawn on the same axes, e.g. `"GKE: same node": ./gke_affinity/results.jsonl`');
	assert.equal(refusal('src: ./r.jsonl\nview: bars\n'), '2: `view` must be distribution or thesis (got "bars")');
	assert.equal(refusal('src: ./r.jsonl\nscale: 2\n'), '2: `scale` must be linear or log (got 2)');
	assert.equal(refusal('src: [a\n'), '2: bad YAML in the benchmark block: Flow sequence in block collection must be sufficiently indented and end with a ]');
});
