import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { atomFeed, escapeXml } from '../../../src/feed/atom-feed.ts';

const base = {
	selfUrl: 'https://x.github.io/t/feed.xml',
	siteUrl: 'https://x.github.io/t/',
	title: 'Wake-ups',
	authors: ['Robbe Haegeman'],
};

test('escapes markup and quotes, and drops characters XML 1.0 cannot hold', () => {
	assert.equal(escapeXml(`<img src=x onerror="alert('1')"> & co\u0000\u0007`), '&lt;img src=x onerror=&quot;alert(&apos;1&apos;)&quot;&gt; &amp; co');
	assert.equal(escapeXml('tab\tand ünïcode 🙂'), 'tab\tand ünïcode 🙂');
});

test('a feed with two entries: newest first, feed updated = newest entry', (t) => {
	const xml = atomFeed({
		...base,
		subtitle: 'Notes & findings',
		entries: [
			{ url: 'https://x.github.io/t/meetings/2024-11-04/', title: 'Notes - Meeting 04/11/24', updated: new Date('2024-11-04T00:00:00Z'), summary: 'Preparation', category: 'meetings' },
			{ url: 'https://x.github.io/t/findings/a/', title: 'A <finding> & "more"', updated: new Date('2025-01-02T03:04:05Z'), summary: 'x < y' },
		],
	});
	t.assert.fileSnapshot(xml, fileURLToPath(new URL('../../fixtures/feed/two-entries.atom.xml', import.meta.url)), { serializers: [(value) => String(value)] });
	assert.ok(xml.indexOf('findings/a/') < xml.indexOf('meetings/2024-11-04/'), 'newest entry first');
	assert.match(xml, /^ {2}<updated>2025-01-02T03:04:05\.000Z<\/updated>$/m);
});

test('a feed without entries still has an id, a title, a date and a self link', () => {
	const xml = atomFeed({ ...base, entries: [] });
	for (const element of ['<id>https://x.github.io/t/feed.xml</id>', '<title>Wake-ups</title>', '<updated>1970-01-01T00:00:00.000Z</updated>', 'rel="self"']) {
		assert.ok(xml.includes(element), `missing ${element}`);
	}
	assert.ok(!xml.includes('<entry>'));
});

test('the same input gives the same bytes, whatever the entries order', () => {
	const a = { url: 'https://x/a/', title: 'a', updated: new Date('2024-01-01Z'), summary: '' };
	const b = { url: 'https://x/b/', title: 'b', updated: new Date('2024-01-01Z'), summary: '' };
	assert.equal(atomFeed({ ...base, entries: [a, b] }), atomFeed({ ...base, entries: [b, a] }));
});
