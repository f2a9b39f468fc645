import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileStamp, whenSettled } from '../../../src/data-input/when-settled.ts';

test('a file truncated at its event and written at once after it has changed when it settles; an untouched one has not', (t) => {
	const dir = mkdtempSync(join(tmpdir(), 'when-settled-'));
	t.after(() => rmSync(dir, { recursive: true }));
	t.mock.timers.enable({ apis: ['setTimeout'] });
	const cff = join(dir, 'CITATION.cff');
	const readme = join(dir, 'README.md');
	writeFileSync(cff, 'title: Notes\n');
	writeFileSync(readme, '# Notes\n');
	const settled = whenSettled(fileStamp, 100);
	const seen: [string, boolean][] = [];
	truncateSync(cff); // the event comes here
	settled(cff, (changed) => seen.push(['cff', changed]));
	writeFileSync(cff, 'title: Notes\n'); // the same text, within the same millisecond
	settled(readme, (changed) => seen.push(['readme', changed]));
	t.mock.timers.tick(99);
	assert.deepEqual(seen, []);
	t.mock.timers.tick(1);
	assert.deepEqual(seen, [['cff', true], ['readme', false]]);
});

test('a later event for a path replaces the earlier one; a deleted file has changed', (t) => {
	const dir = mkdtempSync(join(tmpdir(), 'when-settled-'));
	t.after(() => rmSync(dir, { recursive: true }));
	t.mock.timers.enable({ apis: ['setTimeout'] });
	const note = join(dir, 'note.md');
	writeFileSync(note, '# A\n');
	const settled = whenSettled(fileStamp, 100);
	const seen: string[] = [];
	settled(note, (changed) => seen.push(`first ${changed}`));
	t.mock.timers.tick(50);
	settled(note, (changed) => seen.push(`second ${changed}`));
	rmSync(note);
	t.mock.timers.tick(100);
	assert.deepEqual(seen, ['second true']);
	assert.equal(fileStamp(note), '');
});
