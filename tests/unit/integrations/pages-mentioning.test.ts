import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pagesMentioning, underscoreFolders } from '../../../src/integrations/pages-mentioning.ts';

test('the folders a page names after a slash and an underscore, wherever the URL stands', () => {
	const html = '<link href="/b/_katex/katex.min.css"><script src="/_astro/a.js"></script><x-viewer data="{&quot;src&quot;:&quot;/b/_traces/0123456789abcdef.json&quot;}">ünïcode /_files/a%20b.png';
	assert.deepEqual([...underscoreFolders(Buffer.from(html))].sort(), ['_astro', '_files', '_katex', '_traces']);
});

test('a name without a slash after it, or an underscore without a slash before it, is no folder', () => {
	assert.deepEqual([...underscoreFolders(Buffer.from('snake_traces/x /_katex" /_ /_/x /_files'))], []);
});

test('only the pages that mention the folder are listed, and a rewritten page is read again', () => {
	const out = mkdtempSync(join(tmpdir(), 'pages-mentioning-'));
	mkdirSync(join(out, 'a'));
	mkdirSync(join(out, 'b'));
	writeFileSync(join(out, 'a/index.html'), '<img src="/_files/x.png">');
	writeFileSync(join(out, 'b/index.html'), '<p>no files</p>');
	writeFileSync(join(out, 'b/data.json'), '"/_files/not-a-page.png"');
	assert.deepEqual(pagesMentioning(out, '_files'), [join(out, 'a/index.html')]);
	assert.deepEqual(pagesMentioning(out, '_traces'), []);
	writeFileSync(join(out, 'b/index.html'), '<p>now it shows <img src="/site/_files/y.png"></p>');
	assert.deepEqual(pagesMentioning(out, '_files').sort(), [join(out, 'a/index.html'), join(out, 'b/index.html')]);
});
