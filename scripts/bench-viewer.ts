/**
 * Benchmarks the trace viewer in headless Chromium (`npm run bench:viewer`): for 1e4, 1e5 and
 * 1e6 records, the time from data fetched to first frame, the p95 frame time while zooming and
 * panning, and bytes per record over the wire (gzip); and the viewer's own JS size (gzip).
 * Usage: node scripts/bench-viewer.ts [counts...]   e.g. node scripts/bench-viewer.ts 10000
 * Targets (issue 4): first frame < 100 ms at 1e5; p95 frame < 16 ms at 1e5, < 33 ms at 1e6; JS < 30 KB.
 */
import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright';
import { chromiumLaunchOptions } from './lib/find-chromium.ts';
import { benchTraceJson } from './lib/bench-viewer-trace.ts';

const counts = process.argv.slice(2).map(Number);
if (counts.some((n) => !Number.isInteger(n) || n < 1)) {
	console.error('usage: node scripts/bench-viewer.ts [record counts...]   e.g. 10000 100000');
	process.exit(1);
}
const sizes = counts.length ? counts : [1e4, 1e5, 1e6];
const dir = mkdtempSync(join(tmpdir(), 'bench-viewer-'));

// 1. Bundle the element as a page would load it (minified ES module).
const bundle = await build({ entryPoints: ['src/trace-viewer/register.ts'], bundle: true, minify: true, format: 'esm', write: false, target: 'es2022' });
const js = bundle.outputFiles[0].contents;
writeFileSync(join(dir, 'viewer.js'), js);
copyFileSync('src/styles/trace-viewer.css', join(dir, 'viewer.css'));

// 2. Write one synthetic trace per size and a page embedding it.
const wire: Record<number, number> = {};
for (const n of sizes) {
	const json = benchTraceJson(n);
	writeFileSync(join(dir, `data-${n}.json`), json);
	wire[n] = gzipSync(json).length;
	writeFileSync(join(dir, `page-${n}.html`), `<!doctype html><html data-theme="light"><head><link rel="stylesheet" href="viewer.css"></head><body style="width:1000px"><trace-viewer id="tv-bench" data-src="data-${n}.json" data-title="bench ${n}"></trace-viewer><script type="module" src="viewer.js"></script></body></html>`);
}

// 3. Serve the folder and drive each page in headless Chromium.
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
	const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
	await page.goto(`http://127.0.0.1:${port}/page-${n}.html`);
	await page.waitForSelector('trace-viewer[data-state="ready"]', { timeout: 300_000 });
	const [firstFrame, decode, layout] = await page.evaluate(() =>
		[['fetched', 'first-frame'], ['fetched', 'decoded'], ['decoded', 'laid-out']].map(([a, b]) => performance.measure(`${a}-${b}`, `tv-bench:${a}`, `tv-bench:${b}`).duration),
	);
	const frames = await zoomAndPan(page);
	rows.push([n.toLocaleString('en'), firstFrame.toFixed(1), decode.toFixed(1), layout.toFixed(1), p95(frames.draw).toFixed(1), p95(frames.interval).toFixed(1), (wire[n] / n).toFixed(2)]);
	await page.close();
}
await browser.close();
server.close();
rmSync(dir, { recursive: true, force: true });

// 4. Print the figures.
const header = ['records', 'fetched→first frame ms', '(decode', 'layout)', 'p95 draw ms', 'p95 frame interval ms', 'gzip bytes/record'];
console.log(table([header, ...rows]));
console.log(`viewer JS: ${(js.length / 1024).toFixed(1)} KB minified, ${(gzipSync(js).length / 1024).toFixed(1)} KB gzip`);

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

function table(rows: string[][]): string {
	const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
	return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}
