import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isoDate, parseCalendarDate, shortDayMonthYear, today } from '../../../scripts/lib/calendar-date.ts';

test('parses YYYY-MM-DD and writes both forms the notes use', () => {
	const date = parseCalendarDate('2024-11-04');
	assert.deepEqual(date, { year: 2024, month: 11, day: 4 });
	if ('error' in date) return;
	assert.equal(isoDate(date), '2024-11-04');
	assert.equal(shortDayMonthYear(date), '04/11/24');
});

test('rejects other forms and days that do not exist', () => {
	assert.deepEqual(parseCalendarDate('04/11/24'), { error: '"04/11/24" is not a date of the form YYYY-MM-DD (e.g. 2024-11-04)' });
	assert.deepEqual(parseCalendarDate('2023-02-29'), { error: '"2023-02-29" is not a day in the calendar' });
	assert.deepEqual(parseCalendarDate('2024-02-29'), { year: 2024, month: 2, day: 29 });
});

test('today is the local calendar day', () => {
	assert.deepEqual(today(new Date(2025, 0, 31, 23, 59)), { year: 2025, month: 1, day: 31 });
});
