import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import remarkBenchmarkBlock from '../../../src/plugins/remark-benchmark-block.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/benchmark-block');

/** Renders a fixture page with the real Astro unified processor and a fresh store. */
async function render(page: string) {
	const store = { dir: mkdtempSync(join(tmpdir(), 'benchmark-store-')), base: '/masters-thesis/' };
	const renderer = await unified({ remarkPlugins: [[remarkBenchmarkBlock, { store }]] }).createRenderer({});
	const file = join(fixtures, page);
	return (await renderer.render(readFileSync(file, 'utf8'), { fileURL: pathToFileURL(file) })).code;
}

async function refusal(page: string): Promise<string> {
	try {
		await render(page);
	} catch (error) {
		return (error as Error).message.split('\n').find((l) => l.includes(`${page}:`))!.replace(/^.*?tests\/fixtures\/benchmark-block\//, '');
	}
	assert.fail('the page rendered');
}

test('a benchmark block becomes the chart markup of the snapshot (review its diff: UPDATE_SNAPSHOTS=1 rewrites it)', async () => {
	const html = await render('valid.md');
	const snapshot = join(fixtures, 'valid.html');
	if (process.env.UPDATE_SNAPSHOTS || !existsSync(snapshot)) writeFileSync(snapshot, html);
	assert.equal(html, readFileSync(snapshot, 'utf8'));
});

test('the markup holds the opening view, the other views as templates, the table and the sentences', async () => {
	const html = await render('valid.md');
	assert.match(html, /<p>Text before\.<\/p>\s*<benchmark-chart id="bc-[0-9a-f]{8}" data-view="distribution" data-scale="log"/);
	assert.equal(html.match(/<template /g)?.length, 3);
	assert.equal(html.match(/data-point="/g)?.length, 4 * 4);
	assert.match(html, /<th scope="row">Size 1<\/th><td>Slow path<\/td><td>8<\/td><td>127.5 \[100, 900\]<\/td><td>221.9 ± 256.7<\/td>/);
	assert.match(html, /Size 1: Slow path takes 10.2 times as long as Fast path \(95% CI: /);
	assert.match(html, /Mean ± sd misleads here/);
	assert.match(html, /Size 1, Slow path: the mean is 74.0% above the median; a sample is above 3x the median/);
	assert.match(html, /<a href="\/masters-thesis\/_traces\/[0-9a-f]{16}\/small\.jsonl">small\.jsonl<\/a> \(JSON Lines, 2 cases\)/);
});

test('a missing file, a missing field and an unknown key fail with page:line', async () => {
	assert.equal(await refusal('missing-file.md'), 'missing-file.md:3: benchmark file ./nowhere.jsonl does not exist (looked for tests/fixtures/benchmark-block/nowhere.jsonl)');
	assert.match(await refusal('missing-field.md'), /^missing-field\.md:3: cannot read benchmark file \.\/small\.jsonl: .*small\.jsonl:1: .*medium/);
	assert.equal(await refusal('unknown-key.md'), 'unknown-key.md:5: unknown key `colour` (allowed: src, label, x, series, unit, title, compare, view, scale)');
});
