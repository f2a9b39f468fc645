import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readLink, viewerIdFor, writeLink } from '../../../src/trace-viewer/deep-link.ts';

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
