/**
 * Benchmarks the trace viewer in headless Chromium (`npm run bench:viewer`), as a reader meets
 * it, with two figures:
 * - from data: a page with the real build-time markup of a synthetic trace (static overview,
 *   headline) below some text, the minified viewer, and the compact JSON served over HTTP; the
 *   reader scrolls to the viewer once the page has settled, which starts the lazy load. For 1e4,
 *   1e5, 1e6 and 2.3e6 records (the 2.3 million spans of issue 16's large OTLP file) it prints
 *   medians over several fresh page loads.
 * - page level: a real site build (Astro + Starlight, this repository's integrations) with one
 *   page embedding a synthetic trace of `--page-records` records (1e5) in a ```trace block,
 *   measured from navigation start to the viewer's first frame on screen.
 * Both are served by one local server that gzips text, as GitHub Pages does. A legend explains
 * each column; the viewer's own JS size follows.
 * Usage: node scripts/bench-viewer.ts [--runs N] [--page-records N] [counts...]   e.g. --runs 3 10000
 * Targets: first frame < 100 ms from data at 1e5 (issue 4) and within 500 ms of navigation
 * (issue 10); p95 frame < 16 ms at 1e5, < 33 ms at 1e6; JS < 30 KB gzip.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { toHtml } from 'hast-util-to-html';
import { chromium, type Browser, type Page } from 'playwright';
import { chromiumLaunchOptions } from '../src/chromium/find-chromium.ts';
import { benchTraceJson, benchTraceOtlp } from './lib/bench-viewer-trace.ts';
import { staticServer } from './lib/static-server.ts';
import { timeAstroBuild } from './lib/time-astro-build.ts';
import { decodeCompact } from '../src/trace/compact/decode-compact.ts';
import { traceViewerHast } from '../src/embeds/trace/trace-block-markup.ts';

const LEGEND = `Columns (medians over the runs; each run is a fresh page, after one uncounted warm-up page):
  first frame ms   data fetched (response body complete) -> first timeline frame painted: decoding,
                   layout, building the UI, drawing, and the browser's style, layout and paint of that
                   frame (measured to a task queued in the next requestAnimationFrame, which runs after
                   the paint). The wake-up views and finer detail levels come after this point.
  min-max          fastest and slowest run
  decode / layout / draw   its parts: decodeCompact; buildLayout; the rest up to painted
  p95 draw ms      95th percentile of the viewer's own drawing time per frame while zooming and panning
  p95 frame ms     95th percentile of requestAnimationFrame intervals over the same interaction
                   (16.7 = every display frame at 60 Hz)
  JSON B/record    bytes of the compact JSON as stored, per record (span)
  gzip B/record    bytes of the compact JSON over the wire with gzip, per record
Page level (a fresh browser context each run, so nothing is cached, as on a first visit):
  page first frame ms   navigation start -> the viewer's first timeline frame painted (same end
                   point as above): HTML, styles, scripts, the data (preloaded by the page), decoding,
                   layout and drawing
  min-max          fastest and slowest run
  DOMContentLoaded / data in / decoded   when the page's scripts had run, the data had arrived
                   (response body complete), and it was decoded, ms from navigation start`;

const usage = 'usage: node scripts/bench-viewer.ts [--runs N] [--page-records N, 0 to skip] [record counts...]   e.g. --runs 3 10000 100000';
let parsed;
try {
	parsed = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '5' }, 'page-records': { type: 'string', default: '100000' } } });
} catch (error) {
	console.error(`${(error as Error).message}\n${usage}`);
	process.exit(1);
}
const { values: flags, positionals } = parsed;
const runs = Number(flags.runs);
const pageRecords = Number(flags['page-records']);
const counts = positionals.map(Number);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(pageRecords) || pageRecords < 0 || counts.some((n) => !Number.isInteger(n) || n < 1)) {
	console.error(usage);
	process.exit(1);
}
const sizes = counts.length ? counts : [1e4, 1e5, 1e6, 2.3e6];
const dir = mkdtempSync(join(tmpdir(), 'bench-viewer-'));

// 1. Bundle the element as a page would load it (minified ES module).
const bundle = await build({ entryPoints: [fileURLToPath(new URL('../src/trace-viewer/register.ts', import.meta.url))], bundle: true, minify: true, format: 'esm', write: false, target: 'es2022' });
const js = bundle.outputFiles[0].contents;
writeFileSync(join(dir, 'viewer.js'), js);
copyFileSync(new URL('../src/styles/trace-viewer.css', import.meta.url), join(dir, 'viewer.css'));

// 2. Write one synthetic trace per size and a page embedding it with its build-time markup.
const wire: Record<number, number> = {};
const raw: Record<number, number> = {};
for (const n of sizes) {
	const json = benchTraceJson(n);
	writeFileSync(join(dir, `data-${n}.json`), json);
	wire[n] = gzipSync(json).length;
	raw[n] = Buffer.byteLength(json);
	const markup = toHtml(traceViewerHast({ trace: decodeCompact(json), options: { src: 'bench', title: `bench ${n}` }, viewerId: 'tv-bench', dataUrl: `data-${n}.json`, rawUrl: `data-${n}.json` }));
	// The viewer sits below the fold, so it loads when scrolled to, after the page has settled.
	const text = '<p>A page of the thesis notes, with text above the embedded trace as in the site.</p>'.repeat(60);
	writeFileSync(join(dir, `page-${n}.html`), `<!doctype html><html data-theme="light" lang="en"><head><meta charset="utf-8"><title>bench ${n}</title><link rel="stylesheet" href="viewer.css"></head><body style="width:1000px;font-family:sans-serif"><h1>Bench ${n}</h1>${text}${markup}<script type="module" src="viewer.js"></script></body></html>`);
}

// 3. A site build with one page embedding a trace of `pageRecords` records, under /site/.
if (pageRecords > 0) buildBenchSite(pageRecords);

// 4. Serve the folder and load each page `runs` times in headless Chromium.
const server = staticServer(dir, '/', { gzip: true }).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const port = (server.address() as { port: number }).port;
const browser = await chromium.launch(chromiumLaunchOptions());
const rows: string[][] = [];
for (const n of sizes) {
	const samples: number[][] = [];
	for (let run = -1; run < runs; run++) {
		// Run -1 warms up the browser (process start, HTTP cache) and is not counted.
		const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
		await page.goto(`http://127.0.0.1:${port}/page-${n}.html`);
		await page.waitForTimeout(300);
		await page.locator('trace-viewer').scrollIntoViewIfNeeded();
		await page.waitForFunction(() => performance.getEntriesByName('tv-bench:painted').length > 0, null, { timeout: 300_000 });
		const [firstFrame, decode, layout, draw] = await page.evaluate(() =>
			[['fetched', 'painted'], ['fetched', 'decoded'], ['decoded', 'laid-out'], ['laid-out', 'painted']].map(([a, b]) => performance.measure(`${a}-${b}`, `tv-bench:${a}`, `tv-bench:${b}`).duration),
		);
		const frames = await zoomAndPan(page);
		if (run >= 0) samples.push([firstFrame, decode, layout, draw, p95(frames.draw), p95(frames.interval)]);
		await page.close();
	}
	const medians = samples[0].map((_, c) => median(samples.map((s) => s[c])));
	rows.push([n.toLocaleString('en'), medians[0].toFixed(1), spread(samples.map((s) => s[0])), ...medians.slice(1).map((v) => v.toFixed(1)), (raw[n] / n).toFixed(2), (wire[n] / n).toFixed(2)]);
}
const pageRows = pageRecords > 0 ? [await pageLevel(browser, `http://127.0.0.1:${port}/site/`, pageRecords)] : [];
await browser.close();
server.close();
rmSync(dir, { recursive: true, force: true });

// 5. Print the figures and what they mean.
const header = ['records', 'first frame ms', 'min-max', 'decode', 'layout', 'draw', 'p95 draw ms', 'p95 frame ms', 'JSON B/record', 'gzip B/record'];
console.log('From data (response complete -> first frame painted):');
console.log(table([header, ...rows]));
if (pageRows.length) {
	console.log('\nPage level (navigation start -> first frame painted):');
	console.log(table([['records', 'page first frame ms', 'min-max', 'DOMContentLoaded', 'data in', 'decoded'], ...pageRows]));
}
console.log(`\nviewer JS: ${(js.length / 1024).toFixed(1)} KB minified, ${(gzipSync(js).length / 1024).toFixed(1)} KB gzip; ${runs} run${runs === 1 ? '' : 's'} per size\n`);
console.log(LEGEND);

/** Builds the page-level site into `<dir>/site/` with `astro build`; exits with its output when it fails. */
function buildBenchSite(records: number): void {
	const content = join(dir, 'content');
	mkdirSync(content);
	writeFileSync(join(content, `bench-${records}.synthetic.otlp.json`), benchTraceOtlp(records));
	writeFileSync(join(content, 'index.md'), `# Viewer benchmark (synthetic)\n\nA synthetic trace of ${records} records, generated by scripts/bench-viewer.ts.\n\n\`\`\`trace\nsrc: ./bench-${records}.synthetic.otlp.json\ntitle: bench ${records}\n\`\`\`\n`);
	timeAstroBuild('the page-level site', [], { CONTENT_DIR: content, SITE_BASE: '/site/', SITE_URL: 'https://example.github.io', SITE_REPO_URL: 'https://github.com/example/masters-thesis', SITE_OUT_DIR: join(dir, 'site'), SITE_CACHE_DIR: join(dir, 'site-cache') });
}

/** Loads the site page `runs` times, each in a fresh context; returns the table row. */
async function pageLevel(browser: Browser, url: string, records: number): Promise<string[]> {
	const samples: number[][] = [];
	for (let run = -1; run < runs; run++) {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(url);
		await page.waitForFunction(() => performance.getEntriesByType('mark').some((m) => m.name.endsWith(':painted')), null, { timeout: 300_000 });
		const sample = await page.evaluate(() => {
			const viewer = document.querySelector('trace-viewer') as HTMLElement;
			const at = (mark: string) => performance.getEntriesByName(`${viewer.id}:${mark}`)[0].startTime;
			const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
			const data = performance.getEntriesByName(new URL(viewer.dataset.src!, location.href).href)[0] as PerformanceResourceTiming;
			return [at('painted'), nav.domContentLoadedEventEnd, data.responseEnd, at('decoded')];
		});
		if (run >= 0) samples.push(sample);
		await page.close();
	}
	const medians = samples[0].map((_, c) => median(samples.map((s) => s[c])));
	return [records.toLocaleString('en'), medians[0].toFixed(0), spread(samples.map((s) => s[0]), 0), ...medians.slice(1).map((v) => v.toFixed(0))];
}

/** Zooms in step by step at moving pointer positions, pans, zooms out; returns per-frame draw times and rAF intervals in ms. */
async function zoomAndPan(page: Page): Promise<{ draw: number[]; interval: number[] }> {
	return page.evaluate(async () => {
		const el = document.querySelector('trace-viewer') as HTMLElement & { frameTimes: number[] };
		const canvas = el.querySelector('canvas.tv-timeline') as HTMLCanvasElement;
		const box = canvas.getBoundingClientRect();
		const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
		const wheel = (dx: number, dy: number, at: number) =>
			canvas.dispatchEvent(new WheelEvent('wheel', { deltaX: dx, deltaY: dy, clientX: box.left + box.width * at, clientY: box.top + box.height / 2, bubbles: true, cancelable: true }));
		el.frameTimes.length = 0;
		const interval: number[] = [];
		let last = await frame();
		const step = async (dx: number, dy: number, at: number) => {
			wheel(dx, dy, at);
			const now = await frame();
			interval.push(now - last);
			last = now;
		};
		for (let k = 0; k < 60; k++) await step(0, -120, 0.3 + 0.4 * Math.sin(k / 7) ** 2);
		for (let k = 0; k < 60; k++) await step(k % 20 < 10 ? 300 : -300, 0, 0.5);
		for (let k = 0; k < 60; k++) await step(0, 120, 0.5);
		for (let k = 0; k < 30; k++) await step(200, 0, 0.5);
		return { draw: [...el.frameTimes], interval };
	});
}

function p95(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? NaN;
}

/** The fastest and slowest of `values`, e.g. "61.2-74.0". */
function spread(values: number[], digits = 1): string {
	return `${Math.min(...values).toFixed(digits)}-${Math.max(...values).toFixed(digits)}`;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function table(rows: string[][]): string {
	const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
	return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}
