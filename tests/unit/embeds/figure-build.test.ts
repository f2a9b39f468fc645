/**
 * Figure references through the real build, in a scratch copy of tests/fixtures/figure-site (two
 * stale numbers, one that holds, one in the old form): the build fails listing both stale numbers;
 * `FIGURES=warn` builds and marks them on the page; `npm run figures -- --update` rewrites the
 * numbers and nothing else, and the build passes after it. Three builds, sharing one cache.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { buildFixture, repoRoot } from '../content-loader/build-fixture.ts';

const scratch = mkdtempSync(join(tmpdir(), 'figure-site-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const notes = join(scratch, 'notes');
cpSync(join(repoRoot, 'tests/fixtures/figure-site'), notes, { recursive: true });
const page = join(notes, 'README.md');
const cache = { SITE_CACHE_DIR: join(scratch, 'cache') };

/** Output lines that name the page, without Astro's time and label. */
const pageLines = (output: string) => output.split('\n').filter((line) => line.includes(`${page}:`)).map((line) => line.replace(/^.*\[(WARN|ERROR)\] \[[^\]]+\] /, '').trim());

const stale = [
	`${page}:7: the note says 11.5, exactly-5s-apart.synthetic.csv gives 15.0 (wakeupsPerMinute)`,
	`${page}:9: the note says 38.8%, exactly-5s-apart.synthetic.csv gives 45.0% (unload.loadedFraction)`,
];
const oldForm = `${page}:11: write the number as the link text, so GitHub readers see it (npm run figures -- --update writes it)`;

test('a stale number fails the build, every one listed with file, line, written and computed value', () => {
	const { status, output } = buildFixture(notes, cache);
	assert.notEqual(status, 0);
	assert.deepEqual(pageLines(output).filter((line) => line.includes('the note says')), stale);
	assert.match(output, /2 problems in the Markdown of /);
});

test('FIGURES=warn builds, prints the same lines as warnings, and marks the numbers on the page', () => {
	const { status, output, outDir } = buildFixture(notes, { ...cache, FIGURES: 'warn' });
	assert.equal(status, 0, output);
	assert.deepEqual(pageLines(output), [...stale, oldForm]);
	const html = readFileSync(join(outDir, 'index.html'), 'utf8');
	const marked = [...html.matchAll(/<span class="figure-ref figure-stale"><a [^>]*>([^<]*)<\/a><span class="figure-stale-label">([^<]*)<\/span>/g)].map((m) => `${m[1]}${m[2]}`);
	assert.deepEqual(marked, ['15.0 (the note says 11.5)', '45.0% (the note says 38.8%)']);
});

test('npm run figures -- --update rewrites only the numbers, and the build passes after it', () => {
	const before = readFileSync(page, 'utf8');
	const update = spawnSync(process.execPath, [join(repoRoot, 'scripts/figures.ts'), '--update'], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: notes } });
	assert.equal(update.status, 0, update.stderr);
	assert.deepEqual(update.stdout.split('\n').filter((line) => line.includes(' -> ')), [
		`${page}:7: 11.5 -> 15.0`,
		`${page}:9: 38.8% -> 45.0%`,
		`${page}:11: "computed from the trace" -> 5`,
	]);
	const expected = before.replace('[11.5]', '[15.0]').replace('[38.8%]', '[45.0%]').replace('[computed from the trace]', '[5]');
	assert.equal(readFileSync(page, 'utf8'), expected);
	const { status, output } = buildFixture(notes, cache);
	assert.equal(status, 0, output);
	assert.deepEqual(pageLines(output), []);
});
