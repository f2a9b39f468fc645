/**
 * A cached build must not serve old trace data: tests/fixtures/changed-trace-file is built twice
 * with one cache folder, and between the builds only its trace file changes. Runs the real build
 * twice (a few seconds each) because the content layer's cache is what is under test.
 */
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { decodeCompact } from '../../../src/trace/compact/decode-compact.ts';
import { astroBuild, repoRoot } from '../astro-build.ts';

const work = mkdtempSync(join(tmpdir(), 'changed-trace-file-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Builds the copied folder with the shared cache; returns the record count of the page's trace data and the build log. */
function buildAndReadTrace(content: string, outDir: string): { count: number; dataUrl: string; log: string } {
	const { status, output: log } = astroBuild({ ...process.env, CONTENT_DIR: content, SITE_OUT_DIR: outDir, SITE_CACHE_DIR: join(work, 'cache'), SITE_BASE: '/masters-thesis/', SITE_REPO_URL: 'https://github.com/example/masters-thesis' });
	assert.equal(status, 0, `astro build failed:\n${log.slice(-3000)}`);
	const html = readFileSync(join(outDir, 'index.html'), 'utf8');
	const dataUrl = /<trace-viewer [^>]*data-src="\/masters-thesis\/(_traces\/[0-9a-f]{16}\.json)"/.exec(html)?.[1];
	assert.ok(dataUrl, 'the page has no trace viewer');
	return { count: decodeCompact(readFileSync(join(outDir, dataUrl), 'utf8')).count, dataUrl, log };
}

test('a changed trace file re-renders the page that embeds it, even from a cached build', { timeout: 300_000 }, () => {
	const content = join(work, 'content');
	cpSync(join(repoRoot, 'tests/fixtures/changed-trace-file'), content, { recursive: true });
	const first = buildAndReadTrace(content, join(work, 'dist-1'));
	assert.equal(first.count, 4);

	appendFileSync(join(content, 'reconciles.synthetic.csv'), '2024-05-01T10:00:20.000Z\n2024-05-01T10:00:25.000Z\n');
	const second = buildAndReadTrace(content, join(work, 'dist-2'));
	assert.equal(second.count, 6, 'the second build served the trace data of the first');
	assert.notEqual(second.dataUrl, first.dataUrl);
});
