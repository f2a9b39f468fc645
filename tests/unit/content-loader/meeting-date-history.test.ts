import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPlausible, meetingDateWithHistory } from '../../../src/content-loader/meeting-date-history.ts';

test('an H1 copied from an older note: the file name wins, as the first commit supports', () => {
	assert.deepEqual(meetingDateWithHistory({ fileName: 'Meeting 05-20.md', heading: 'Notes - Meeting 11/04/25', firstCommit: new Date('2025-05-21T18:00:00Z') }), {
		date: { iso: '2025-05-20', source: 'file-name-and-heading' },
		warning: 'the file name says 05-20, the H1 "Notes - Meeting 11/04/25" says 2025-04-11; first committed on 2025-05-21; using 2025-05-20, the date git history supports',
	});
});

test('a mistyped year: name and H1 agree on 24/02/24, the first commit on 2025-03-02 makes it 2025', () => {
	assert.deepEqual(meetingDateWithHistory({ fileName: 'Meeting 02-24.md', heading: 'Notes - Meeting 24/02/24', firstCommit: new Date('2025-03-02T10:00:00Z') }), {
		date: { iso: '2025-02-24', source: 'heading-and-history' },
		warning: 'the file name says 02-24, the H1 "Notes - Meeting 24/02/24" says 2024-02-24; first committed on 2025-03-02, 372 days after 2024-02-24; using 2025-02-24, the date git history supports',
	});
});

test('without history the usual order of sources holds, and a disagreement is still reported', () => {
	assert.deepEqual(meetingDateWithHistory({ fileName: 'Meeting 05-20.md', heading: 'Notes - Meeting 11/04/25' }), {
		date: { iso: '2025-04-11', source: 'heading' },
		warning: 'the file name says 05-20, the H1 "Notes - Meeting 11/04/25" says 2025-04-11; no git history of the file to check them against; using 2025-04-11, from the H1 (the usual order of sources)',
	});
	assert.deepEqual(meetingDateWithHistory({ fileName: 'Meeting 02-24.md', heading: 'Notes - Meeting 24/02/24' }), { date: { iso: '2024-02-24', source: 'heading' } });
});

test('sources that agree with each other and with the first commit give no warning', () => {
	assert.deepEqual(meetingDateWithHistory({ fileName: '2024-11-04.md', heading: 'Notes - Meeting 04/11/24', firstCommit: new Date('2024-11-06T08:00:00Z') }), { date: { iso: '2024-11-04', source: 'file-name' } });
	assert.deepEqual(meetingDateWithHistory({ fileName: 'Meeting 11-18.md', heading: 'Weekly meeting, autumn 2024', firstCommit: new Date('2024-11-18T20:00:00Z') }), { date: { iso: '2024-11-18', source: 'file-name-and-heading' } });
});

test('git history never moves a date by more than a year: far from any commit, the date stays and is reported', () => {
	assert.deepEqual(meetingDateWithHistory({ fileName: '2024-10-21.md', heading: 'Notes - Meeting 21/10/24', firstCommit: new Date('2026-11-27T10:00:00Z') }), {
		date: { iso: '2024-10-21', source: 'file-name' },
		warning: 'the file name says 2024-10-21, the H1 "Notes - Meeting 21/10/24" says 2024-10-21; first committed on 2026-11-27, 767 days after 2024-10-21; using 2024-10-21, though no date fits a first commit on 2026-11-27',
	});
});

test('a date after the first commit is reported', () => {
	assert.equal(
		meetingDateWithHistory({ fileName: '2025-03-10.md', heading: 'Planning', firstCommit: new Date('2025-03-02T10:00:00Z') }).warning,
		'the file name says 2025-03-10; first committed on 2025-03-02, 8 days before 2025-03-10; using 2025-03-10, though no date fits a first commit on 2025-03-02',
	);
});

test('a MM-DD file name without any year takes the year of its first commit', () => {
	assert.deepEqual(meetingDateWithHistory({ fileName: 'Meeting 12-30.md', heading: 'Weekly meeting', firstCommit: new Date('2025-01-03T10:00:00Z') }), {
		date: { iso: '2024-12-30', source: 'file-name-and-history' },
		warning: 'the file name says 12-30; first committed on 2025-01-03; using 2024-12-30, the date git history supports',
	});
});

test('front matter is the author\'s explicit date and is not checked', () => {
	assert.deepEqual(meetingDateWithHistory({ fileName: 'Meeting 05-20.md', heading: 'Notes - Meeting 11/04/25', frontmatterDate: '2023-01-01', firstCommit: new Date('2025-05-21') }), { date: { iso: '2023-01-01', source: 'frontmatter' } });
});

test('plausible: from 60 days before the first commit to one day after it', () => {
	assert.deepEqual(['2024-12-31', '2025-01-01', '2025-03-02', '2025-03-03', '2025-03-04'].map((iso) => isPlausible(iso, '2025-03-02')), [false, true, true, true, false]);
});
