import assert from 'node:assert/strict';
import { test } from 'node:test';
import { meetingDate } from '../../../src/content-loader/meeting-date.ts';

test('front matter date wins over every other source', () => {
	assert.deepEqual(meetingDate({ fileName: '2024-11-04.md', heading: 'Notes - Meeting 05/11/24', frontmatterDate: new Date('2024-10-01') }), { iso: '2024-10-01', source: 'frontmatter' });
	assert.deepEqual(meetingDate({ fileName: 'x.md', frontmatterDate: '2024-10-02' }), { iso: '2024-10-02', source: 'frontmatter' });
});

test('an invalid front matter date is an error, not a silent fallback', () => {
	assert.throws(() => meetingDate({ fileName: '2024-11-04.md', frontmatterDate: 'next Tuesday' }), /"next Tuesday" is not a date/);
	assert.throws(() => meetingDate({ fileName: 'x.md', frontmatterDate: '2024-02-30' }), /not a date/);
});

test('an ISO date in the file name comes next', () => {
	assert.equal(meetingDate({ fileName: '2024-11-04.md', heading: 'Notes - Meeting 05/11/24' })?.iso, '2024-11-04');
	assert.equal(meetingDate({ fileName: 'Meeting 2024-11-04 (online).md' })?.source, 'file-name');
});

test('the H1 is read day/month/year', () => {
	assert.deepEqual(meetingDate({ fileName: 'notes.md', heading: 'Notes - Meeting 04/11/24' }), { iso: '2024-11-04', source: 'heading' });
	assert.equal(meetingDate({ fileName: 'notes.md', heading: 'Meeting 4.11.2024' })?.iso, '2024-11-04');
	assert.equal(meetingDate({ fileName: 'notes.md', heading: 'Meeting on 2024-11-04' })?.iso, '2024-11-04');
});

test('a day-first H1 date that cannot be day-first is read month-first', () => {
	assert.equal(meetingDate({ fileName: 'notes.md', heading: 'Meeting 11/25/24' })?.iso, '2024-11-25');
});

test('an MM-DD file name takes its year from the H1', () => {
	assert.deepEqual(meetingDate({ fileName: 'Meeting 11-04.md', heading: 'Weekly meeting, autumn 2024' }), { iso: '2024-11-04', source: 'file-name-and-heading' });
	assert.equal(meetingDate({ fileName: 'Meeting 25-04.md', heading: 'Meeting 2025' })?.iso, '2025-04-25');
});

test('no date when no source has one', () => {
	assert.equal(meetingDate({ fileName: 'Meeting 11-04.md', heading: 'Weekly meeting' }), undefined);
	assert.equal(meetingDate({ fileName: 'agenda.md', heading: 'Agenda' }), undefined);
	assert.equal(meetingDate({ fileName: 'notes.md', heading: 'Meeting 31/02/24' }), undefined);
});
