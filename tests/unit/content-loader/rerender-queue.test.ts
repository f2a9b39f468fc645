import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rerenderQueue } from '../../../src/content-loader/rerender-queue.ts';

test('the other pages render once the changed note is stored and the store had time to save', (t) => {
	t.mock.timers.enable({ apis: ['setTimeout'] });
	const rendered: string[][] = [];
	const queue = rerenderQueue((paths) => rendered.push(paths), { settle: 600, patience: 5000 });
	queue.after('content/findings/new.md', ['/c/a.md', '/c/b.md']);
	t.mock.timers.tick(1000);
	assert.deepEqual(rendered, [], 'the changed note is not stored yet');
	queue.stored('content/findings/other.md');
	t.mock.timers.tick(1000);
	assert.deepEqual(rendered, [], 'another file is no sign');
	queue.stored('content/findings/new.md');
	t.mock.timers.tick(599);
	assert.deepEqual(rendered, []);
	assert.equal(queue.pending, true);
	t.mock.timers.tick(1);
	assert.deepEqual(rendered, [['/c/a.md', '/c/b.md']]);
	assert.equal(queue.pending, false);
});

test('after a deletion the others wait only for the store to save; changes in a row render each page once', (t) => {
	t.mock.timers.enable({ apis: ['setTimeout'] });
	const rendered: string[][] = [];
	const queue = rerenderQueue((paths) => rendered.push(paths), { settle: 600, patience: 5000 });
	queue.after(undefined, ['/c/a.md', '/c/b.md']);
	t.mock.timers.tick(300);
	queue.after(undefined, ['/c/b.md', '/c/c.md']);
	t.mock.timers.tick(599);
	assert.deepEqual(rendered, []);
	t.mock.timers.tick(1);
	assert.deepEqual(rendered, [['/c/a.md', '/c/b.md', '/c/c.md']]);
});

test('a changed note that is never stored (its render failed) holds the others back only so long', (t) => {
	t.mock.timers.enable({ apis: ['setTimeout'] });
	const rendered: string[][] = [];
	const queue = rerenderQueue((paths) => rendered.push(paths), { settle: 600, patience: 5000 });
	queue.after('content/broken.md', ['/c/a.md']);
	t.mock.timers.tick(4999);
	assert.deepEqual(rendered, []);
	t.mock.timers.tick(1);
	assert.deepEqual(rendered, [['/c/a.md']]);
});
