/**
 * Benchmarks the trace viewer in headless Chromium (`npm run bench:viewer`), as a reader meets
 * it: a page with the real build-time markup of a synthetic trace (static overview, headline)
 * below some text, the minified viewer, and the compact JSON served over HTTP; the reader
 * scrolls to the viewer once the page has settled, which starts the lazy load. For 1e4, 1e5 and 1e6 records it
 * prints medians over several fresh page loads (a legend explains each column), and the
 * viewer's own JS size.
 * Usage: node scripts/bench-viewer.ts [--runs N] [counts...]   e.g. node scripts/bench-viewer.ts --runs 3 10000
 * Targets (issue 4): first frame < 100 ms at 1e5; p95 frame < 16 ms at 1e5, < 33 ms at 1e6; JS < 30 KB.
 */
import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { toHtml } from 'hast-util-to-html';
import { chromium, type Page } from 'playwright';
import { chromiumLaunchOptions } from '../src/chromium/find-chromium.ts';
import { benchTraceJson } from './lib/bench-viewer-trace.ts';
import { decodeCompact } from '../src/trace/compact/decode-compact.ts';
import { traceViewerHast } from '../src/plugins/trace-block-markup.ts';

const LEGEND = `Columns (medians over the runs; each run is a fresh page, after one uncounted warm-up page):
  first frame ms   data fetched (response body complete) -> first timeline frame painted: decoding,
                   layout, building the UI, drawing, and the browser's style, layout and paint of that
                   frame (measured to a task queued in the next requestAnimationFrame, which runs after
                   the paint). The wake-up views and finer detail levels come after this point.
  decode / layout / draw   its parts: decodeCompact; buildLayout; the rest up to painted
  p95 draw ms      95th percentile of the viewer's own drawing time per frame while zooming and panning
  p95 frame ms     95th percentile of requestAnimationFrame intervals over the same interaction
                   (16.7 = every display frame at 60 Hz)
  gzip B/record    bytes of the compact JSON over the wire with gzip, per record`;

const { values: flags, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '5' } } });
const runs = Number(flags.runs);
const counts = positionals.map(Number);
if (!Number.isInteger(runs) || runs < 1 || counts.some((n) => !Number.isInteger(n) || n < 1)) {
	console.error('usage: node scripts/bench-viewer.ts [--runs N] [record counts...]   e.g. --runs 3 10000 100000');
	process.exit(1);
}
const sizes = counts.length ? counts : [1e4, 1e5, 1e6];
const dir = mkdtempSync(join(tmpdir(), 'bench-viewer-'));

// 1. Bundle the element as a page would load it (minified ES module).
const bundle = await build({ entryPoints: ['src/trace-viewer/register.ts'], bundle: true, minify: true, format: 'esm', write: false, target: 'es2022' });
const js = bundle.outputFiles[0].contents;
writeFileSync(join(dir, 'viewer.js'), js);
copyFileSync('src/styles/trace-viewer.css', join(dir, 'viewer.css'));

// 2. Write one synthetic trace per size and a page embedding it with its build-time markup.
const wire: Record<number, number> = {};
for (const n of sizes) {
	const json = benchTraceJson(n);
	writeFileSync(join(dir, `data-${n}.json`), json);
	wire[n] = gzipSync(json).length;
	const markup = toHtml(traceViewerHast({ trace: decodeCompact(json), options: { src: 'bench', title: `bench ${n}` }, viewerId: 'tv-bench', dataUrl: `data-${n}.json`, rawUrl: `data-${n}.json` }));
	// The viewer sits below the fold, so it loads when scrolled to, after the page has settled.
	const text = '<p>A page of the thesis notes, with text above the embedded trace as in the site.</p>'.repeat(60);
	writeFileSync(join(dir, `page-${n}.html`), `<!doctype html><html data-theme="light" lang="en"><head><meta charset="utf-8"><title>bench ${n}</title><link rel="stylesheet" href="viewer.css"></head><body style="width:1000px;font-family:sans-serif"><h1>Bench ${n}</h1>${text}${markup}<script type="module" src="viewer.js"></script></body></html>`);
}

// 3. Serve the folder and load each page `runs` times in headless Chromium.
const server = createServer(async (req, res) => {
	const name = (req.url ?? '/').slice(1).split('?')[0];
	try {
		const body = await readFile(join(dir, name));
		res.writeHead(200, { 'content-type': name.endsWith('.js') ? 'text/javascript' : name.endsWith('.css') ? 'text/css' : name.endsWith('.json') ? 'application/json' : 'text/html' });
		res.end(body);
	} catch {
		res.writeHead(404).end();
	}
}).listen(0, '127.0.0.1');
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
	rows.push([n.toLocaleString('en'), ...medians.map((v) => v.toFixed(1)), (wire[n] / n).toFixed(2)]);
}
await browser.close();
server.close();
rmSync(dir, { recursive: true, force: true });

// 4. Print the figures and what they mean.
const header = ['records', 'first frame ms', 'decode', 'layout', 'draw', 'p95 draw ms', 'p95 frame ms', 'gzip B/record'];
console.log(table([header, ...rows]));
console.log(`viewer JS: ${(js.length / 1024).toFixed(1)} KB minified, ${(gzipSync(js).length / 1024).toFixed(1)} KB gzip; ${runs} run${runs === 1 ? '' : 's'} per size\n`);
console.log(LEGEND);

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

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function table(rows: string[][]): string {
	const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
	return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}
