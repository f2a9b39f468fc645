import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { firstHeading } from '../../../src/content-loader/first-heading.ts';
import { meetingDate } from '../../../src/content-loader/meeting-date.ts';
import { runScript } from './run-script.ts';

const content = mkdtempSync(join(tmpdir(), 'new-meeting-'));
after(() => rmSync(content, { recursive: true, force: true }));
const run = (...args: string[]) => runScript('new-meeting.ts', args, { CONTENT_DIR: content });

test('creates the note of the given day with the seed note\'s sections', () => {
	const result = run('2024-11-18');
	assert.equal(result.status, 0, result.stderr);
	const path = join(content, 'meetings', '2024-11-18.md');
	assert.match(result.stdout, /Created .*meetings\/2024-11-18\.md/);
	const note = readFileSync(path, 'utf8');
	assert.equal(firstHeading(note), 'Notes - Meeting 18/11/24');
	const headings = note.split('\n').filter((line) => line.startsWith('#'));
	assert.deepEqual(headings.slice(0, 6), ['# Notes - Meeting 18/11/24', '## Preparation', '### Current progress', '### Subjects to discuss', '#### Suggestions for next goals', '## Meeting']);
	// The site dates it the same from its file name and from its title.
	assert.equal(meetingDate({ fileName: '2024-11-18.md', heading: firstHeading(note) })?.iso, '2024-11-18');
	assert.equal(meetingDate({ fileName: 'x.md', heading: firstHeading(note) })?.iso, '2024-11-18');
});

test('refuses to overwrite an existing note and leaves it as it was', () => {
	mkdirSync(join(content, 'meetings'), { recursive: true });
	const path = join(content, 'meetings', '2024-11-25.md');
	writeFileSync(path, '# My own note\n');
	const result = run('2024-11-25');
	assert.equal(result.status, 1);
	assert.match(result.stderr, /2024-11-25\.md: already exists; not overwriting it/);
	assert.equal(readFileSync(path, 'utf8'), '# My own note\n');
});

test('without a date it creates today\'s note', () => {
	const now = new Date();
	const iso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
	const result = run();
	// Around midnight the child may see the next day; accept either, but one must exist.
	assert.equal(result.status, 0, result.stderr);
	assert.match(result.stdout, /meetings\/\d{4}-\d{2}-\d{2}\.md/);
	const created = result.stdout.match(/(\d{4}-\d{2}-\d{2})\.md/)![1];
	assert.ok(created >= iso, `${created} is before ${iso}`);
	assert.ok(existsSync(join(content, 'meetings', `${created}.md`)));
});

test('a bad date or extra arguments get the usage line and exit 1', () => {
	for (const args of [['2024-13-01'], ['18/11/24'], ['2024-11-18', 'extra'], ['--help']]) {
		const result = run(...args);
		assert.equal(result.status, 1, `${args.join(' ')} should fail`);
		assert.match(result.stderr, /usage: npm run new:meeting/);
	}
	assert.match(run('2024-02-30').stderr, /"2024-02-30" is not a day in the calendar/);
});
