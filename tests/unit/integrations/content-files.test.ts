import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { contentFilePath, contentFileUrl, copyReferencedFiles } from '../../../src/integrations/content-files.ts';

test('a repository file has one URL under the base path, and the URL leads back to it', () => {
	assert.equal(contentFileUrl('/masters-thesis/', 'notes/attachments/a b#1.png'), '/masters-thesis/_files/notes/attachments/a%20b%231.png');
	assert.equal(contentFilePath('/masters-thesis/_files/notes/attachments/a%20b%231.png', '/masters-thesis/'), 'notes/attachments/a b#1.png');
});

test('no URL leads out of the repository or into a dot-folder', () => {
	for (const path of ['/b/_files/../secret', '/b/_files/notes/%2E%2E/x', '/b/_files/.git/config', '/b/_files/a//b', '/b/_files/%E0%A4%A', '/b/other/x.png']) {
		assert.equal(contentFilePath(path, '/b/'), undefined, path);
	}
});

test('the files built pages reference are copied once; a missing one fails naming the page', () => {
	const root = mkdtempSync(join(tmpdir(), 'content-files-repo-'));
	const out = mkdtempSync(join(tmpdir(), 'content-files-out-'));
	mkdirSync(join(root, 'notes/media'), { recursive: true });
	writeFileSync(join(root, 'notes/media/a b.png'), 'png');
	writeFileSync(join(root, 'notes/media/clip.webm'), 'webm');
	mkdirSync(join(out, 'page'));
	writeFileSync(join(out, 'page/index.html'), '<img src="/b/_files/notes/media/a%20b.png"><source srcset="/b/_files/notes/media/a%20b.png 1x, /b/_files/notes/media/a%20b.png 2x"><video src="/b/_files/notes/media/clip.webm#t=1">');
	assert.equal(copyReferencedFiles(out, root, '/b/'), 2);
	assert.equal(readFileSync(join(out, '_files/notes/media/a b.png'), 'utf8'), 'png');
	assert.equal(readFileSync(join(out, '_files/notes/media/clip.webm'), 'utf8'), 'webm');
	writeFileSync(join(out, 'page/index.html'), '<img src="/b/_files/notes/gone.png">');
	assert.throws(() => copyReferencedFiles(out, root, '/b/'), /page\/index\.html: shows notes\/gone\.png, which is not a file in /);
});
