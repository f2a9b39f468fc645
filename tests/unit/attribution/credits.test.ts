import assert from 'node:assert/strict';
import { test } from 'node:test';
import { creditEntries } from '../../../src/attribution/credits.ts';
import type { Attribution } from '../../../src/attribution/schema.ts';

const attribution = (title: string): Attribution => ({
	source: 'https://example.org',
	title,
	author: 'A',
	license: { spdx: 'MIT', url: 'https://opensource.org/license/mit' },
	modified: false,
});

test('a dark variant is folded into its light file; a lone .dark file stays its own entry', () => {
	const entries = creditEntries([
		{ file: '/c/t/a.dark.svg', path: 't/a.dark.svg', attribution: attribution('A dark') },
		{ file: '/c/t/a.svg', path: 't/a.svg', attribution: attribution('A') },
		{ file: '/c/t/b.dark.png', path: 't/b.dark.png', attribution: attribution('B dark') },
	]);
	assert.deepEqual(
		entries.map((e) => [e.path, e.variants, e.attribution.title]),
		[
			['t/a.svg', ['t/a.dark.svg'], 'A'],
			['t/b.dark.png', [], 'B dark'],
		],
	);
});
