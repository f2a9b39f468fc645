import assert from 'node:assert/strict';
import { test } from 'node:test';
import { feedEntries } from '../../../src/feed/feed-entries.ts';

const url = (id: string) => `https://x.github.io/t/${id}/`;

test('meetings are dated by their meeting date, findings by their last change; other sections are left out', () => {
	const { entries, undated } = feedEntries(
		[
			{ id: 'meetings/2024-11-04', title: 'Notes - Meeting 04/11/24', body: 'Hello.', meetingDate: '2024-11-04', lastChanged: new Date('2025-06-01Z') },
			{ id: 'findings/where', title: 'Where', body: '# Where\n\nIt is here.', lastChanged: new Date('2025-02-03T04:05:06Z') },
			{ id: 'glossary', title: 'Glossary', body: '', lastChanged: new Date('2025-01-01Z') },
			{ id: 'findings/undated', title: 'Undated', body: '' },
		],
		url,
	);
	assert.deepEqual(
		entries.map((e) => `${e.category} ${e.url} ${e.updated.toISOString()} ${e.summary}`),
		[
			'meetings https://x.github.io/t/meetings/2024-11-04/ 2024-11-04T00:00:00.000Z Hello.',
			'findings https://x.github.io/t/findings/where/ 2025-02-03T04:05:06.000Z It is here.',
		],
	);
	assert.deepEqual(undated, ['findings/undated']);
});
