import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import remarkTraceBlock from '../../../src/plugins/remark-trace-block.ts';
import { decodeCompact } from '../../../src/trace/compact/decode-compact.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/trace-block');

/** Renders a fixture page with the real Astro unified processor and a fresh store. */
async function render(page: string) {
	const store = { dir: mkdtempSync(join(tmpdir(), 'trace-store-')), base: '/masters-thesis/' };
	const renderer = await unified({ remarkPlugins: [[remarkTraceBlock, { store }]] }).createRenderer({});
	const file = join(fixtures, page);
	const result = await renderer.render(readFileSync(file, 'utf8'), { fileURL: pathToFileURL(file) });
	return { html: result.code, store };
}

test('a trace block becomes a viewer with data under the base path and a static fallback', async () => {
	const { html, store } = await render('valid-block.md');
	const src = /<trace-viewer id="(tv-[0-9a-f]{8})" data-src="\/masters-thesis\/_traces\/([0-9a-f]{16})\.json"/.exec(html);
	assert.ok(src, html.slice(0, 400));
	assert.match(html, /data-title="Reconciles every 5 s"/);
	assert.match(html, /data-window="0,30000000000"/);
	assert.match(html, /data-height="240"/);
	assert.match(html, /<strong class="tv-badge">synthetic - not a measurement<\/strong>/);
	assert.match(html, /<svg[^>]*role="img"[^>]*aria-labelledby="tv-[0-9a-f]{8}-svg-title tv-[0-9a-f]{8}-svg-desc"/);
	assert.match(html, /<p class="tv-headline" id="tv-[0-9a-f]{8}-headline">every \d\.\d\d s, \d+% of gaps/);
	assert.match(html, /<a href="\/masters-thesis\/_traces\/[0-9a-f]{16}\/every-5s\.synthetic\.csv">every-5s\.synthetic\.csv<\/a>/);
	assert.match(html, /<p>Text before\.<\/p>[\s\S]*<trace-viewer[\s\S]*<\/trace-viewer>[\s\S]*<p>Text after\.<\/p>/);
	const stored = decodeCompact(readFileSync(join(store.dir, `${src[2]}.json`), 'utf8'));
	assert.equal(stored.count, 24);
	assert.ok(existsSync(join(store.dir, src[2], 'every-5s.synthetic.csv')));
});

test('the same input gives the same bytes and the same data hash', async () => {
	const a = await render('valid-block.md');
	const b = await render('valid-block.md');
	assert.equal(a.html, b.html);
	assert.deepEqual(readdirSync(a.store.dir).sort(), readdirSync(b.store.dir).sort());
});

test('trace strings stay text: an XSS span name and title are escaped everywhere', async () => {
	const { html, store } = await render('xss-span-name.md');
	const outsideAttributes = html.replace(/="[^"]*"/g, '=""');
	assert.doesNotMatch(outsideAttributes, /<img|<script|<b>/);
	assert.match(html, /<p class="tv-title">&#x3C;script>alert\("title"\)&#x3C;\/script><\/p>/);
	assert.match(html, /data-title="<script>alert\(&#x22;title&#x22;\)<\/script>"/);
	assert.match(html, /&#x3C;b>operator&#x3C;\/b>/);
	const json = readFileSync(join(store.dir, readdirSync(store.dir).find((f) => f.endsWith('.json'))!), 'utf8');
	assert.ok(decodeCompact(json).strings.includes('<img src=x onerror=alert(1)>'));
});

test('two blocks of the same trace on a page get distinct viewer ids', async () => {
	const { html } = await render('two-blocks-same-trace.md');
	const ids = [...html.matchAll(/<trace-viewer id="([^"]+)"/g)].map((m) => m[1]);
	assert.equal(ids.length, 2);
	assert.match(ids[1], new RegExp(`^${ids[0]}-2$`));
});

test('only the first viewer of a page preloads its data, with the page', async () => {
	const { html } = await render('two-blocks-same-trace.md');
	const viewers = html.split('<trace-viewer ').slice(1);
	const src = /data-src="([^"]+)"/.exec(viewers[0])![1];
	assert.ok(viewers[0].includes(`<link rel="preload" href="${src}" as="fetch" crossorigin="anonymous">`), viewers[0].slice(0, 300));
	assert.ok(!viewers[1].includes('<link'), viewers[1].slice(0, 300));
});

test('a compare block draws both traces in one viewer, on a relative axis, with both files linked', async () => {
	const { html, store } = await render('compare-two-traces.md');
	assert.equal(html.match(/<trace-viewer /g)?.length, 1);
	const compare = /data-compare="([^"]+)"/.exec(html);
	assert.ok(compare, html.slice(0, 400));
	// Each trace's window is its own first to last wake-up.
	assert.deepEqual(JSON.parse(compare[1].replaceAll('&#x22;', '"')), [
		{ label: 'every-5s.synthetic.csv', lanes: ['every-5s.synthetic.csv'], synthetic: true, window: { startMs: 0, endMs: 115_001 } },
		{ label: 'every-30s.synthetic.csv', lanes: ['every-30s.synthetic.csv'], synthetic: true, window: { startMs: 0, endMs: 120_012 } },
	]);
	// The side-by-side table: 24 wake-ups in 115.001 s against 5 in 120.012 s, and the change.
	assert.match(html, /<table class="tv-compare"><caption>Side by side: each trace over its own first to last wake-up \(115.00 s of every-5s\.synthetic\.csv, 2.0 min of every-30s\.synthetic\.csv\)/);
	assert.match(html, /<th scope="col">every-30s\.synthetic\.csv vs every-5s\.synthetic\.csv<\/th>/);
	assert.match(html, /<tr><th scope="row">Wake-ups\/min<\/th><td>12\.5<\/td><td>2\.5<\/td><td>−80%<\/td><\/tr>/);
	assert.match(html, /<tr><th scope="row">Period<\/th><td>4\.99 s<\/td><td>30\.01 s<\/td><td>\+50\d%<\/td><\/tr>/);
	assert.doesNotMatch(html, /tv-top-wakers/);
	assert.match(html, /data-lanes="\[&#x22;every-5s\.synthetic\.csv&#x22;,&#x22;every-30s\.synthetic\.csv&#x22;\]"/);
	assert.match(html, /<a href="[^"]+\/every-5s\.synthetic\.csv">every-5s\.synthetic\.csv<\/a> \(synthetic, timestamp-list, 24 records\), <a href="[^"]+\/every-30s\.synthetic\.csv">every-30s\.synthetic\.csv<\/a> \(synthetic, timestamp-list, 5 records\) and their combined <a/);
	assert.match(html, /from 2 traces on a relative time axis/);
	// Relative: the axis has offsets but no clock times (the traces were taken on different days).
	assert.doesNotMatch(html, />\d\d:\d\d:\d\d</);
	assert.match(html, />\+20 s</);
	const stored = decodeCompact(readFileSync(join(store.dir, readdirSync(store.dir).find((f) => f.endsWith('.json'))!), 'utf8'));
	assert.equal(stored.count, 29);
	assert.equal(stored.baseNs, 0n);
	const dir = readdirSync(store.dir).find((f) => !f.endsWith('.json'))!;
	assert.deepEqual(readdirSync(join(store.dir, dir)).sort(), ['every-30s.synthetic.csv', 'every-5s.synthetic.csv']);
});

test('a block with `changes:` shows the change -> reconcile latency, counts wake-ups after changes as events, and links the change times', async () => {
	const { html, store } = await render('changes-paired.md');
	// Changes 100 ms, 50 ms and 46 ms before the wake-ups at 5.037 s, 20.048 s and 40.046 s.
	assert.match(html, /<p class="tv-latency">Change -> reconcile latency over 3 pairs: median 50 ms \(p10 46.8 ms, p90 90 ms\)\.<\/p>/);
	assert.match(html, /Change times: <a href="\/masters-thesis\/_traces\/[0-9a-f]{16}\/every-5s-changes\.synthetic\.csv">every-5s-changes\.synthetic\.csv<\/a>/);
	assert.match(html, /<td>scheduled 83.3% \(inferred\), event 12.5% \(inferred\), unknown 4.2%<\/td>/);
	const hash = readdirSync(store.dir).find((f) => !f.endsWith('.json'))!;
	assert.deepEqual(readdirSync(join(store.dir, hash)).sort(), ['every-5s-changes.synthetic.csv', 'every-5s.synthetic.csv']);
});

test('the no-JS overview holds the top-wakers and unload tables', async () => {
	const { html } = await render('valid-block.md');
	assert.match(html, /<table class="tv-top-wakers"><caption>Top wakers: wake-ups per minute over the 115.00 s from the first to the last wake-up/);
	assert.match(html, /<th scope="col">Wake-ups\/min<\/th>/);
	assert.match(html, /<tr><th scope="row">every-5s\.synthetic\.csv<\/th><td>12\.\d<\/td><td>100%<\/td><td>4\.99 s<\/td>/);
	assert.match(html, /<table class="tv-unload"><caption>What the wasm-operator's host would do with these wake-ups \(simulation: unload after 1000 ms idle/);
	assert.match(html, /<td>\d+ hit, \d+ missed<\/td>/);
});

const failures: [string, RegExp][] = [
	['compare-missing-file.md', /compare-missing-file\.md:5: trace file \.\/no-such-trace\.csv does not exist \(looked for .*no-such-trace\.csv\)/],
	['missing-src.md', /missing-src\.md:5: trace file \.\/no-such-file\.csv does not exist \(looked for .*no-such-file\.csv\)/],
	['bad-yaml.md', /bad-yaml\.md:5: bad YAML in the trace block/],
	['missing-changes.md', /missing-changes\.md:3: change times file \.\/no-such-changes\.csv does not exist/],
	['unknown-key.md', /unknown-key\.md:5: unknown key `colour` \(allowed: src, title, window, lanes, height, changes, compare\)/],
	['not-a-trace.md', /not-a-trace\.md:3: cannot import trace \.\/not-a-trace\.synthetic\.txt: .+/],
];
for (const [page, message] of failures) {
	test(`${page} fails with page:line: reason`, async () => {
		await assert.rejects(render(page), (error: Error) => {
			assert.match(error.message, message);
			return true;
		});
	});
}
