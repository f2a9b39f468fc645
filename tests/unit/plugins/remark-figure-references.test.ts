/** Figure references: a number linked to a trace file with `#figure=` is checked against the file and described on the site. */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { markdownProcessorOptions } from '../../../src/config/markdown.ts';
import { configureTraceStore } from '../../../src/integrations/trace-store.ts';
import remarkFigureReferences from '../../../src/plugins/remark-figure-references.ts';
import { formatFigure, parseFigureReference } from '../../../src/embeds/trace/trace-figure-reference.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/trace-figures');

const store = { dir: mkdtempSync(join(tmpdir(), 'trace-figures-')), base: '/masters-thesis/' };

async function render(page: string, figures: 'fail' | 'warn' = 'fail'): Promise<string> {
	const renderer = await unified({ remarkPlugins: [[remarkFigureReferences, { store, figures }]] }).createRenderer({});
	const file = join(fixtures, page);
	return (await renderer.render(readFileSync(file, 'utf8'), { fileURL: pathToFileURL(file) })).code;
}

/** The text of every figure link, in order. */
const figures = (html: string) => [...html.matchAll(/<a [^>]*class="figure-number"[^>]*>([^<]*)<\/a>/g)].map((m) => m[1]);

test('each written number holds for the file under the policy it names, and is described for hover and focus', async () => {
	const html = await render('valid.md');
	// Five wake-ups 5 s apart (hand-computed in tests/unit/trace/unload-simulation.test.ts).
	assert.deepEqual(figures(html), ['15.0', '5.00 s', '45%', '20%', '1', '5', '75 ms']);
	// The link leads to the site's copy of the data file, under the base path, and is described by its note.
	const link = /<span class="figure-ref"><a href="\/masters-thesis\/_traces\/([0-9a-f]{16})\/exactly-5s-apart\.synthetic\.csv" class="figure-number" data-figure="wakeupsPerMinute" data-kind="trace" aria-describedby="figure-note-1">15\.0<\/a><span class="figure-note" id="figure-note-1" role="tooltip">Computed at build time: wakeupsPerMinute of exactly-5s-apart\.synthetic\.csv<\/span><\/span>/.exec(html);
	assert.ok(link, html);
	assert.ok(existsSync(join(store.dir, link[1], 'exactly-5s-apart.synthetic.csv')));
	assert.match(html, /id="figure-note-3" role="tooltip">Computed at build time: unload\.loadedFraction of exactly-5s-apart\.synthetic\.csv, unload policy: idle 1000 ms, lead 1000 ms, grace 1000 ms, prediction on</);
	assert.match(html, /<a href="\.\/exactly-5s-apart\.synthetic\.csv">the data<\/a>/);
});

test('a number the data does not give fails the page with page:line, the written and the computed value', async () => {
	await assert.rejects(render('stale-and-old-form.md'), /stale-and-old-form\.md:3: the note says 11\.5, \.\/exactly-5s-apart\.synthetic\.csv gives 15\.0 \(wakeupsPerMinute\)/);
});

test('under FIGURES=warn the page shows the computed number marked in words; the old form shows the computed number', async () => {
	const html = await render('stale-and-old-form.md', 'warn');
	assert.deepEqual(figures(html), ['15.0', '5,000 ms', '5', '5']);
	assert.match(html, /<span class="figure-ref figure-stale"><a [^>]*>15\.0<\/a><span class="figure-stale-label"> \(the note says 11\.5\)<\/span>/);
	assert.match(html, /<span class="figure-ref figure-stale"><a [^>]*>5<\/a><span class="figure-stale-label"> \(the note says 5 s\)<\/span>/);
	assert.equal([...html.matchAll(/figure-stale"/g)].length, 2);
});

test('through the whole pipeline a figure link keeps its number and mark: not taken for a broken link, not stripped by the sanitizer', async () => {
	configureTraceStore(store);
	const renderer = await unified(markdownProcessorOptions({ contentDir: fixtures, base: '/masters-thesis/', repoUrl: 'https://github.com/example/notes' })).createRenderer({});
	const file = join(fixtures, 'valid.md');
	const html = (await renderer.render(readFileSync(file, 'utf8'), { fileURL: pathToFileURL(file) })).code;
	assert.deepEqual(figures(html), ['15.0', '5.00 s', '45%', '20%', '1', '5', '75 ms']);
	assert.match(html, /<span class="figure-note" id="figure-note-7" role="tooltip">/);
	assert.doesNotMatch(html, /broken-link/);
});

const failures: [string, RegExp][] = [
	['unknown-figure.md', /unknown-figure\.md:3: figure reference ".\/exactly-5s-apart\.synthetic\.csv#figure=loadFactor": no figure "loadFactor": trace figures are records, wakeupsPerMinute, .*unload\.<figure>/],
	['unknown-unload-figure.md', /unknown-unload-figure\.md:3: figure reference ".\/exactly-5s-apart\.synthetic\.csv#figure=unload\.loadFactor": no figure "unload\.loadFactor" in exactly-5s-apart\.synthetic\.csv \(figures: records, medianGapMs, periodMs, regularity, wakeupsPerMinute, causes\.scheduled\.count, .*unload\.loadedFraction, .*\)/],
	['missing-file.md', /missing-file\.md:5: figure reference ".\/no-such-trace\.csv#figure=records": \.\/no-such-trace\.csv does not exist/],
	['bad-parameter.md', /bad-parameter\.md:3: figure reference .*: unknown figure parameter "idle" \(allowed: figure, lane, prediction, idle-ms, lead-ms, grace-ms, changes\)/],
	['latency-without-changes.md', /latency-without-changes\.md:3: .*no figure "latency\.pairs" .*the reference has no `changes=`/],
];
for (const [page, message] of failures) {
	test(`${page} fails the build with page:line: reason`, async () => {
		await assert.rejects(render(page), (error: Error) => {
			assert.match(error.message, message);
			return true;
		});
	});
}

test('references parse into a policy; other links are not references', () => {
	assert.equal(parseFigureReference('./x.csv'), null);
	assert.equal(parseFigureReference('./x.csv#heading'), null);
	assert.deepEqual(parseFigureReference('t/x.csv#figure=unload.coldStarts&prediction=off&lead-ms=0&lane=a%20b'), {
		file: 't/x.csv',
		figure: 'unload.coldStarts',
		lane: 'a b',
		policy: { idleMs: 1000, leadMs: 0, graceMs: 1000, prediction: false },
	});
	assert.throws(() => parseFigureReference('https://example.com/x.csv#figure=records'), /must link to a data file of the content/);
	assert.throws(() => parseFigureReference('x.csv#figure=records&prediction=maybe'), /prediction must be "on" or "off"/);
});

test('figures are formatted by their name', () => {
	assert.deepEqual(
		[formatFigure('unload.loadedFraction', 0.3882), formatFigure('regularity', 0.98), formatFigure('medianGapMs', 5198), formatFigure('wakeupsPerMinute', 11.539), formatFigure('records', 1001)],
		['38.8%', '98%', '5.20 s', '11.5', '1,001'],
	);
});
