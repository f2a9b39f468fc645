import { test } from 'node:test';
import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { benchNotes } from '../../../scripts/lib/bench-notes.ts';

const notes = benchNotes(100);

test('makes the requested number of distinct notes, the same every time', () => {
	assert.equal(new Set(notes.map((note) => note.path)).size, 100);
	assert.deepEqual(benchNotes(100), notes);
});

test('every note is labelled synthetic in its file name (or is the start page) and on the page', () => {
	for (const note of notes) {
		assert.ok(note.path === 'index.md' || note.path.includes('synthetic'), note.path);
		assert.match(note.markdown, /> \[!NOTE\]\n> Synthetic benchmark note/, note.path);
	}
});

test('every relative link points at another generated note', () => {
	const paths = new Set(notes.map((note) => note.path));
	for (const note of notes) {
		const targets = [...note.markdown.matchAll(/\]\((\.{1,2}\/[^)#]+)(?:#[^)]*)?\)/g)].map((match) => match[1]);
		assert.ok(targets.length >= 3, `${note.path} has ${targets.length} links`);
		for (const target of targets) {
			const resolved = posix.normalize(posix.join(posix.dirname(note.path), target));
			assert.ok(paths.has(resolved), `${note.path}: ${target} -> ${resolved} is not a note`);
		}
	}
});

test('each note has an H1 title, alerts, a code block, a table and headings', () => {
	for (const note of notes) {
		assert.match(note.markdown, new RegExp(`^# ${note.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n`));
		assert.match(note.markdown, />\[!WARNING\]/);
		assert.match(note.markdown, /```yaml\n/);
		assert.match(note.markdown, /\| Run \| Wake-ups/);
		assert.match(note.markdown, /^## Details$/m);
	}
});
