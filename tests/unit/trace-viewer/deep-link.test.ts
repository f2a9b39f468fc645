import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readLink, viewerIdFor, writeLink } from '../../../src/trace-viewer/deep-link.ts';
import { WASM_OPERATOR_POLICY } from '../../../src/trace/analysis/unload-simulation.ts';

test('a viewer state round-trips through the hash', () => {
	const hash = writeLink('', 'tv-ab12cd34', { window: { t0: 1.4, t1: 5e9 }, selected: 7 });
	assert.equal(hash, '#tv-ab12cd34=1~5000000000~7');
	assert.deepEqual(readLink(hash, 'tv-ab12cd34'), { window: { t0: 1, t1: 5e9 }, selected: 7 });
});

test('several viewers keep independent entries, and other fragments stay', () => {
	let hash = writeLink('#intro', 'tv-a', { window: { t0: 0, t1: 10 }, selected: -1 });
	hash = writeLink(hash, 'tv-b', { window: { t0: 5, t1: 6 }, selected: 2 });
	hash = writeLink(hash, 'tv-a', { window: { t0: 1, t1: 9 }, selected: 3 });
	assert.equal(hash, '#intro&tv-b=5~6~2&tv-a=1~9~3');
	assert.deepEqual(readLink(hash, 'tv-b'), { window: { t0: 5, t1: 6 }, selected: 2 });
	assert.equal(readLink(hash, 'tv-c'), null);
	assert.equal(writeLink(hash, 'tv-a', null), '#intro&tv-b=5~6~2');
});

test('malformed entries are ignored rather than guessed', () => {
	assert.equal(readLink('#tv-a=10~5', 'tv-a'), null);
	assert.equal(readLink('#tv-a=1~x', 'tv-a'), null);
	assert.equal(readLink('#tv-a=1', 'tv-a'), null);
	assert.equal(readLink('#tv-ab=1~2', 'tv-a'), null);
});

test('viewer ids come from the data hash and the occurrence on the page', () => {
	assert.equal(viewerIdFor('3fa2c9d1e0b45566', 1), 'tv-3fa2c9d1');
	assert.equal(viewerIdFor('3fa2c9d1e0b45566', 2), 'tv-3fa2c9d1-2');
});

test('the unload policy joins the entry only when it differs from the wasm-operator values', () => {
	const policy = { idleMs: 2000, leadMs: 500, graceMs: 1500, prediction: false };
	const hash = writeLink('#intro', 'tv-a', { window: { t0: 0, t1: 60e9 }, selected: 4, policy });
	assert.equal(hash, '#intro&tv-a=0~60000000000~4~unload:2000,500,1500,off');
	assert.deepEqual(readLink(hash, 'tv-a'), { window: { t0: 0, t1: 60e9 }, selected: 4, policy });
	const noSelection = writeLink('', 'tv-a', { window: { t0: 0, t1: 10 }, selected: -1, policy: { ...policy, prediction: true } });
	assert.equal(noSelection, '#tv-a=0~10~unload:2000,500,1500,on');
	assert.deepEqual(readLink(noSelection, 'tv-a')?.policy, { ...policy, prediction: true });
	assert.equal(writeLink('', 'tv-a', { window: { t0: 0, t1: 10 }, selected: -1, policy: { ...WASM_OPERATOR_POLICY } }), '#tv-a=0~10');
});

test('links without a policy read as before; a bad policy makes the entry unreadable, not half-read', () => {
	assert.deepEqual(readLink('#tv-a=1~9~3', 'tv-a'), { window: { t0: 1, t1: 9 }, selected: 3 });
	assert.equal(readLink('#tv-a=1~9~unload:1000,1000,1000', 'tv-a'), null);
	assert.equal(readLink('#tv-a=1~9~unload:-5,1000,1000,on', 'tv-a'), null);
	assert.equal(readLink('#tv-a=1~9~unload:1.5,1000,1000,on', 'tv-a'), null);
	assert.equal(readLink('#tv-a=1~9~unload:99999999,1000,1000,on', 'tv-a'), null);
	assert.equal(readLink('#tv-a=unload:1000,1000,1000,on', 'tv-a'), null);
	assert.equal(readLink('#tv-a=1~9~2~3~unload:1000,1000,1000,on', 'tv-a'), null);
});
