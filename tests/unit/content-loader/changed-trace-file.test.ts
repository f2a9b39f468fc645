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
import { buildFixture, repoRoot } from './build-fixture.ts';

const work = mkdtempSync(join(tmpdir(), 'changed-trace-file-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Builds the copied folder (each build in an output folder of its own) with the shared cache; returns the record count of the page's trace data and the build log. */
function buildAndReadTrace(content: string): { count: number; dataUrl: string; log: string } {
	const { status, output: log, outDir } = buildFixture(content, { SITE_CACHE_DIR: join(work, 'cache') });
	assert.equal(status, 0, `astro build failed:\n${log.slice(-3000)}`);
	const html = readFileSync(join(outDir, 'index.html'), 'utf8');
	const dataUrl = /<trace-viewer [^>]*data-src="\/masters-thesis\/(_traces\/[0-9a-f]{16}\.json)"/.exec(html)?.[1];
	assert.ok(dataUrl, 'the page has no trace viewer');
	return { count: decodeCompact(readFileSync(join(outDir, dataUrl), 'utf8')).count, dataUrl, log };
}

test('a changed trace file re-renders the page that embeds it, even from a cached build', { timeout: 300_000 }, () => {
	const content = join(work, 'content');
	cpSync(join(repoRoot, 'tests/fixtures/changed-trace-file'), content, { recursive: true });
	const first = buildAndReadTrace(content);
	assert.equal(first.count, 4);

	appendFileSync(join(content, 'reconciles.synthetic.csv'), '2024-05-01T10:00:20.000Z\n2024-05-01T10:00:25.000Z\n');
	const second = buildAndReadTrace(content);
	assert.equal(second.count, 6, 'the second build served the trace data of the first');
	assert.notEqual(second.dataUrl, first.dataUrl);
});
