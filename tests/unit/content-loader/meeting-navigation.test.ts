import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeContentSite } from '../../../src/content-loader/content-site.ts';
import { formatDate } from '../../../src/content-loader/format-date.ts';
import { meetingNavigation } from '../../../src/content-loader/meeting-navigation.ts';

test('previous is the earlier meeting, next the later one, ends go to the overview', () => {
	const site = describeContentSite([
		{ relPath: 'meetings/2024-10-21.md', source: '# A\n' },
		{ relPath: 'meetings/2024-11-04.md', source: '# B\n' },
		{ relPath: 'meetings/2024-12-02.md', source: '# C\n' },
		{ relPath: 'meetings/undated.md', source: '# D\n' },
	]);
	const links = meetingNavigation(site, '/b/');
	assert.deepEqual(links.get('meetings/2024-11-04.md'), {
		prev: { link: '/b/meetings/2024-10-21/', label: 'Meeting of 21 Oct 2024' },
		next: { link: '/b/meetings/2024-12-02/', label: 'Meeting of 2 Dec 2024' },
	});
	assert.deepEqual(links.get('meetings/2024-10-21.md')?.prev, { link: '/b/meetings/', label: 'All meetings' });
	assert.deepEqual(links.get('meetings/2024-12-02.md')?.next, { link: '/b/meetings/', label: 'All meetings' });
	assert.equal(links.has('meetings/undated.md'), false);
});

test('dates read the same on every machine', () => {
	assert.equal(formatDate('2024-09-30'), '30 September 2024');
	assert.equal(formatDate('2024-09-30', 'short'), '30 Sep 2024');
});
