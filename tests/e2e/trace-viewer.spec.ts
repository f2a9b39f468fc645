/**
 * The trace viewer on a built site under its base path: runs in the `traces` project against the
 * build of tests/fixtures/trace-site (tests/e2e/lib/test-sites.ts).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './lib/axe.ts';
import { AXIS_HEIGHT, ROW_HEIGHT } from '../../src/trace-viewer/geometry.ts';

const BENCH = 'two-viewers/';
type ViewState = { window: { t0: number; t1: number }; selected: number };
type UnloadState = { policy: { idleMs: number; leadMs: number; graceMs: number; prediction: boolean }; lanes: { lane: string; loadedFraction: number; coldStarts: number; loadedIntervals: number }[] };
const CITED_POLICY = { idleMs: 1000, leadMs: 1000, graceMs: 1000, prediction: true };

async function open(page: Page, path = BENCH): Promise<Locator[]> {
	const response = await page.goto(path);
	expect(response?.status(), `${path} should be in the trace-site build`).toBe(200);
	const viewers = page.locator('trace-viewer');
	const all = await viewers.all();
	for (const v of all) {
		await v.scrollIntoViewIfNeeded();
		await expect(v).toHaveAttribute('data-state', 'ready');
	}
	return all;
}

/** Opens the bench page with its second viewer deep-linked to the first second of its trace. */
async function openFirstSecond(page: Page): Promise<Locator> {
	const [, viewer] = await open(page);
	const id = await viewer.getAttribute('id');
	await page.goto(`${BENCH}#${id}=0~1000000000`);
	await viewer.scrollIntoViewIfNeeded();
	await expect(viewer).toHaveAttribute('data-state', 'ready');
	return viewer;
}

const stateOf = (viewer: Locator) => viewer.evaluate((el) => (el as unknown as { viewState: ViewState }).viewState);
const unloadOf = (viewer: Locator) => viewer.evaluate((el) => (el as unknown as { unloadState: UnloadState }).unloadState);
/** The unload state once the first simulation (right after the first frame) has run. */
async function simulatedOf(viewer: Locator): Promise<UnloadState> {
	await expect.poll(async () => (await unloadOf(viewer)).lanes.length).toBeGreaterThan(0);
	return unloadOf(viewer);
}
const span = (s: ViewState) => s.window.t1 - s.window.t0;

/** Share of canvas pixels that are painted (not fully transparent). */
const paintedShare = (viewer: Locator) =>
	viewer.locator('canvas.tv-timeline').evaluate((c: HTMLCanvasElement) => {
		const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
		let painted = 0;
		for (let k = 3; k < data.length; k += 4) if (data[k] > 0) painted++;
		return painted / (c.width * c.height);
	});

test('the viewer draws: the timeline canvas is not blank', async ({ page }) => {
	const [first, second] = await open(page);
	expect(await paintedShare(first)).toBeGreaterThan(0.01);
	expect(await paintedShare(second)).toBeGreaterThan(0.01);
	await expect(first.locator('.tv-headline')).toContainText(/every \d\.\d\d s/);
	await expect(first.locator('.tv-badge')).toHaveText('synthetic - not a measurement');
	await expect(first.getByRole('img', { name: /Raster of \d+ wake-ups/ })).toBeVisible();
	await expect(first.getByRole('img', { name: /Gaps histogram/ })).toBeVisible();
});

test('keys zoom, pan, select, fit and reset', async ({ page }) => {
	const [viewer] = await open(page);
	const canvas = viewer.getByRole('application');
	await canvas.focus();
	const start = await stateOf(viewer);
	await page.keyboard.press('w');
	const zoomed = await stateOf(viewer);
	expect(span(zoomed)).toBeCloseTo(span(start) * 0.8, -3);
	await page.keyboard.press('d');
	expect((await stateOf(viewer)).window.t0).toBeGreaterThan(zoomed.window.t0);
	await page.keyboard.press('ArrowDown');
	expect(span(await stateOf(viewer))).toBeGreaterThan(span(zoomed));
	await page.keyboard.press('Enter');
	const selected = (await stateOf(viewer)).selected;
	expect(selected).toBeGreaterThanOrEqual(0);
	await expect(viewer.getByRole('region', { name: 'Selected record' })).toBeVisible();
	await page.keyboard.press('f');
	expect(span(await stateOf(viewer))).toBeLessThan(span(start) / 100);
	await page.keyboard.press(']');
	expect((await stateOf(viewer)).selected).not.toBe(selected);
	await page.keyboard.press('0');
	expect((await stateOf(viewer)).window).toEqual(start.window);
	await expect(canvas).toBeFocused();
});

test('wheel zooms at the pointer and dragging pans', async ({ page }) => {
	const [viewer] = await open(page);
	await viewer.locator('canvas.tv-timeline').scrollIntoViewIfNeeded();
	const box = (await viewer.locator('canvas.tv-timeline').boundingBox())!;
	const before = await stateOf(viewer);
	const x = box.x + box.width * 0.25;
	const anchor = before.window.t0 + 0.25 * span(before);
	await page.mouse.move(x, box.y + box.height / 2);
	await page.mouse.wheel(0, -200);
	await expect.poll(async () => span(await stateOf(viewer))).toBeLessThan(span(before));
	const zoomed = await stateOf(viewer);
	// The time under the pointer stays there, to within a pixel.
	expect(Math.abs(zoomed.window.t0 + 0.25 * span(zoomed) - anchor)).toBeLessThan(span(before) / box.width);
	await page.mouse.down();
	await page.mouse.move(x - box.width * 0.2, box.y + box.height / 2, { steps: 5 });
	await page.mouse.up();
	const panned = await stateOf(viewer);
	expect(Math.abs(panned.window.t0 - zoomed.window.t0 - span(zoomed) * 0.2)).toBeLessThan(span(zoomed) / box.width);
	expect(panned.selected).toBe(zoomed.selected);
});

test('clicking a span selects it and the details show its attributes and parent', async ({ page }) => {
	const viewer = await openFirstSecond(page);
	expect((await stateOf(viewer)).window).toEqual({ t0: 0, t1: 1e9 });
	await viewer.locator('canvas.tv-timeline').scrollIntoViewIfNeeded();
	const box = (await viewer.locator('canvas.tv-timeline').boundingBox())!;
	// Rows start below the axis; row 0 of lane 1 holds the Reconcile spans (0-120 ms).
	const rowMiddle = (row: number) => box.y + AXIS_HEIGHT + row * ROW_HEIGHT + ROW_HEIGHT * 0.66;
	await page.mouse.click(box.x + box.width * 0.05, rowMiddle(0));
	const details = viewer.getByRole('region', { name: 'Selected record' });
	await expect(details).toContainText('Reconcile');
	await expect(details).toContainText('generation');
	// Row 1 holds the child spans; fetch-object runs 1-21 ms.
	await page.mouse.click(box.x + box.width * 0.011, rowMiddle(1));
	await expect(details).toContainText('fetch-object');
	await details.getByRole('button', { name: 'Reconcile' }).click();
	await expect(details.locator('dd').first()).toHaveText('Reconcile');
});

test('search highlights matches and steps through them', async ({ page }) => {
	const [, viewer] = await open(page);
	await viewer.getByRole('searchbox', { name: 'Search records' }).fill('fetch');
	await expect(viewer.locator('.tv-matches')).toHaveText('60 matches');
	await viewer.getByRole('button', { name: 'Next match' }).click();
	const first = (await stateOf(viewer)).selected;
	await expect(viewer.getByRole('region', { name: 'Selected record' })).toContainText('fetch-object');
	await viewer.getByRole('button', { name: 'Next match' }).click();
	const second = (await stateOf(viewer)).selected;
	expect(second).toBeGreaterThan(first);
	await viewer.getByRole('button', { name: 'Previous match' }).click();
	expect((await stateOf(viewer)).selected).toBe(first);
});

test('a deep link restores the window and the selection, and the copy button copies it', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const [viewer] = await open(page);
	await viewer.getByRole('application').focus();
	await page.keyboard.press('w');
	await page.keyboard.press('w');
	await page.keyboard.press('d');
	await page.keyboard.press('Enter');
	const state = await stateOf(viewer);
	await viewer.getByRole('button', { name: 'Copy link to this view' }).click();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toContain(`#${await viewer.getAttribute('id')}=`);
	expect(page.url()).toBe(copied);
	const other = await context.newPage();
	await other.goto(copied);
	const restored = other.locator('trace-viewer').first();
	await restored.scrollIntoViewIfNeeded();
	await expect(restored).toHaveAttribute('data-state', 'ready');
	const again = await stateOf(restored);
	expect(again.selected).toBe(state.selected);
	expect(again.window.t0).toBeCloseTo(state.window.t0, -1);
	expect(again.window.t1).toBeCloseTo(state.window.t1, -1);
});

test('two viewers on one page keep independent views and hash entries', async ({ page }) => {
	const [a, b] = await open(page);
	const before = await stateOf(b);
	await a.getByRole('application').focus();
	await page.keyboard.press('w');
	await page.keyboard.press('a');
	expect(await stateOf(b)).toEqual(before);
	await b.getByRole('application').focus();
	await page.keyboard.press('s');
	await expect.poll(() => page.url()).toContain(`${await b.getAttribute('id')}=`);
	expect(page.url()).toContain(`${await a.getAttribute('id')}=`);
});

test('export downloads the current view as SVG and PNG', async ({ page }) => {
	const [viewer] = await open(page);
	await simulatedOf(viewer);
	const [svg] = await Promise.all([page.waitForEvent('download'), viewer.getByRole('button', { name: 'Export SVG' }).click()]);
	expect(svg.suggestedFilename()).toMatch(/^tv-[0-9a-f]{8}\.svg$/);
	const svgText = readFileSync((await svg.path())!, 'utf8');
	expect(svgText).toMatch(/^<\?xml[^]*<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^]*<title>Reconcile starts every 5 s<\/title>/);
	expect(svgText.match(/<rect /g)!.length).toBeGreaterThan(20);
	const loaded = await viewer.evaluate((el) => getComputedStyle(el).getPropertyValue('--tv-loaded').trim());
	expect(svgText, 'the export has the unload band').toContain(`fill="${loaded}"`);
	const [png] = await Promise.all([page.waitForEvent('download'), viewer.getByRole('button', { name: 'Export PNG' }).click()]);
	expect(png.suggestedFilename()).toMatch(/\.png$/);
	expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');
});

test('a span named like HTML stays text and runs nothing', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	const [viewer] = await open(page, 'xss-span-name/');
	await expect(viewer.locator('.tv-title')).toHaveText("<img src=x onerror=alert('title')>");
	await viewer.getByRole('application').focus();
	await page.keyboard.press('0');
	await viewer.getByRole('searchbox', { name: 'Search records' }).fill('onerror');
	await viewer.getByRole('button', { name: 'Next match' }).click();
	await expect(viewer.getByRole('region', { name: 'Selected record' }).locator('dd').first()).toHaveText('<img src=x onerror=alert(1)>');
	await viewer.locator('summary').click();
	await expect(viewer.getByRole('table').getByRole('button', { name: '<img src=x onerror=alert(1)>' })).toBeVisible();
	expect(await page.locator('img[src="x"]').count()).toBe(0);
	expect(dialogs).toEqual([]);
});

test('without JavaScript the static overview, headline and data links are there', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const response = await page.goto(BENCH);
	test.skip(response?.status() === 404, 'the trace-viewer bench page is not in this build');
	const viewer = page.locator('trace-viewer').first();
	await expect(viewer.getByRole('img', { name: 'Overview of Reconcile starts every 5 s' })).toBeVisible();
	await expect(viewer.locator('.tv-headline')).toContainText(/every \d\.\d\d s/);
	await expect(viewer.locator('.tv-badge')).toBeVisible();
	await expect(viewer.locator('svg.tv-overview rect')).not.toHaveCount(0);
	const data = viewer.getByRole('link', { name: 'compact JSON' });
	const json = await (await page.request.get(new URL((await data.getAttribute('href'))!, page.url()).href)).json();
	expect(json.version).toBe(2);
	expect((await page.request.get(new URL((await viewer.getByRole('link', { name: 'reconciles-every-5s.synthetic.csv' }).getAttribute('href'))!, page.url()).href)).ok()).toBe(true);
	await expect(viewer.getByRole('table', { name: /^Top wakers/ })).toBeVisible();
	await expect(viewer.getByRole('table', { name: /^What the wasm-operator's host would do/ }).getByRole('row')).not.toHaveCount(0);
	await expect(viewer.locator('.tv-live')).toHaveCount(0);
	await page.goto('compare-two-traces/');
	const compare = page.locator('trace-viewer').getByRole('table', { name: /^Side by side/ });
	await expect(compare.getByRole('row', { name: /^Wake-ups\/min/ }).getByRole('cell')).toHaveText([/^12\.\d$/, /^2\.\d$/, /^−8\d%$/]);
	await context.close();
});

test('without JavaScript each viewer shows the top wakers, busiest first, and the unload simulation', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const response = await page.goto(BENCH);
	test.skip(response?.status() === 404, 'the trace-viewer bench page is not in this build');
	const spans = page.locator('trace-viewer').nth(1);
	const top = spans.getByRole('table', { name: /^Top wakers: wake-ups per minute/ });
	await expect(top).toBeVisible();
	await expect(top.getByRole('columnheader')).toHaveText(['Lane', 'Wake-ups/min', 'Share of wake-ups', 'Period', 'Regularity', 'Causes']);
	// The synthetic spans: the cluster lane every 5 s, the backup lane every 20 s.
	await expect(top.getByRole('rowheader')).toHaveText(['mysql-operator / PerconaXtraDBCluster', 'mysql-operator / PerconaXtraDBClusterBackup']);
	await expect(top.getByRole('row').nth(1).getByRole('cell')).toHaveText([/^12\.\d$/, '80%', '5.00 s', '100%', /scheduled/]);
	const unload = spans.getByRole('table', { name: /simulation: unload after 1000 ms idle, reload 1000 ms before the predicted wake-up/ });
	await expect(unload.getByRole('columnheader')).toHaveText(['Lane', 'Loaded', 'Reloads/min', 'Cold starts', 'Predictions']);
	await expect(unload.getByRole('row').nth(1).getByRole('cell').nth(3)).toHaveText(/^\d+ hit, \d+ missed$/);
	await context.close();
});

test('follows the light/dark switch', async ({ page }) => {
	const [viewer] = await open(page);
	const colourAt = () => viewer.evaluate((el) => getComputedStyle(el).getPropertyValue('--tv-reason-unknown').trim());
	await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
	const dark = await colourAt();
	await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
	expect(await colourAt()).not.toBe(dark);
	expect(await paintedShare(viewer)).toBeGreaterThan(0.01);
});

test('axe finds no serious or critical violations on a page with viewers', async ({ page }) => {
	test.setTimeout(180_000); // axe over two full viewers, twice: over a minute on a busy shared machine
	const [viewer] = await open(page);
	await viewer.locator('summary').click();
	await viewer.getByRole('application').focus();
	await page.keyboard.press('Enter');
	for (const theme of ['dark', 'light']) {
		await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
		const bad = (await axeViolations(page, { include: 'trace-viewer' })).filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(bad.map((v) => `${theme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	}
});

test('an MDX page\'s <TraceViewer> component becomes ready and draws, with its props', async ({ page }) => {
	const viewers = await open(page, 'mdx-component/');
	expect(viewers).toHaveLength(1);
	const [viewer] = viewers;
	await expect(viewer.locator('.tv-title')).toHaveText('Reconcile starts every 5 s, from MDX');
	await expect(viewer.locator('.tv-badge')).toHaveText('synthetic - not a measurement');
	expect(await paintedShare(viewer)).toBeGreaterThan(0.01);
	expect((await stateOf(viewer)).window).toEqual({ t0: 0, t1: 60e9 });
});

test('hovering a span shows a tooltip naming it, and leaving the timeline hides it', async ({ page }) => {
	const viewer = await openFirstSecond(page);
	const canvas = viewer.locator('canvas.tv-timeline');
	const box = (await canvas.boundingBox())!;
	const tooltip = viewer.getByRole('tooltip');
	await page.mouse.move(box.x + box.width * 0.05, box.y + AXIS_HEIGHT + ROW_HEIGHT * 0.66);
	await expect(tooltip).toBeVisible();
	await expect(tooltip).toContainText('Reconcile');
	await page.mouse.move(box.x + box.width / 2, box.y - 40);
	await expect(tooltip).toBeHidden();
});

test('a click on the minimap centres the view there, keeping its width', async ({ page }) => {
	const [first] = await open(page);
	await first.locator('canvas.tv-timeline').focus();
	await page.keyboard.press('w');
	await page.keyboard.press('w');
	const zoomed = await stateOf(first);
	const minimap = first.locator('canvas.tv-minimap');
	const box = (await minimap.boundingBox())!;
	await page.mouse.click(box.x + box.width * 0.9, box.y + box.height / 2);
	const moved = await stateOf(first);
	expect(span(moved)).toBeCloseTo(span(zoomed), 0);
	expect(moved.window.t0).toBeGreaterThan(zoomed.window.t0);
});

test('the unload band is simulated under each lane and drawn; the live tables match the no-JS ones', async ({ page }) => {
	const [viewer] = await open(page);
	const state = await simulatedOf(viewer);
	expect(state.policy).toEqual(CITED_POLICY);
	expect(state.lanes.map((l) => l.lane)).toEqual(['reconciles-every-5s.synthetic.csv']);
	expect(state.lanes[0].loadedIntervals).toBeGreaterThan(0);
	expect(state.lanes[0].coldStarts).toBeGreaterThan(0);
	// The band's bars sit under the lane's row: pixels of the loaded colour there.
	const loadedPixels = () => viewer.locator('canvas.tv-timeline').evaluate((c: HTMLCanvasElement, [axis, row]) => {
		const [r, g, b] = (getComputedStyle(c).getPropertyValue('--tv-loaded').trim().match(/[0-9a-f]{2}/gi) ?? []).map((x) => parseInt(x, 16));
		const dpr = c.width / c.clientWidth;
		const data = c.getContext('2d')!.getImageData(0, Math.round((axis + row + 2) * dpr), c.width, Math.round(6 * dpr)).data;
		let n = 0;
		for (let k = 0; k < data.length; k += 4) if (data[k] === r && data[k + 1] === g && data[k + 2] === b) n++;
		return n;
	}, [AXIS_HEIGHT, ROW_HEIGHT]);
	await expect.poll(loadedPixels).toBeGreaterThan(50);
	await expect(viewer.locator('#' + (await viewer.getAttribute('id')) + '-band')).toContainText('a tick below it at each cold start');
	const rows = (where: string) => viewer.locator(`${where} table.tv-unload tbody tr`).allTextContents();
	expect(await rows('.tv-live')).toEqual(await rows('.tv-static'));
	await expect(viewer.getByRole('status').filter({ hasText: /^Simulated: loaded/ })).toHaveText(/^Simulated: loaded \d+(\.\d)?% of the time, \d+ of 120 wake-ups cold starts\.$/);
});

test('the policy inputs re-simulate and update the table, by keyboard too, and the deep link restores them', async ({ page, context }) => {
	const [viewer] = await open(page);
	const cited = (await simulatedOf(viewer)).lanes[0];
	const prediction = viewer.getByRole('checkbox', { name: /Predict the next wake-up/ });
	await prediction.focus();
	await page.keyboard.press('Space');
	await expect.poll(async () => (await unloadOf(viewer)).policy.prediction).toBe(false);
	// Without prediction every 5 s wake-up finds the module unloaded, 1 s after the one before.
	const off = (await unloadOf(viewer)).lanes[0];
	expect(off.coldStarts).toBe(120);
	expect(off.loadedFraction).toBeCloseTo(0.2, 2);
	expect(cited.coldStarts).toBeLessThan(120);
	await expect(viewer.locator('.tv-live table.tv-unload tbody td').last()).toHaveText('off');
	await expect(viewer.getByRole('spinbutton', { name: 'Reload before the predicted wake-up (ms)' })).toBeDisabled();
	const idle = viewer.getByRole('spinbutton', { name: 'Unload after idle (ms)' });
	await idle.focus();
	await page.keyboard.press('ArrowUp');
	await expect(idle).toHaveValue('1100');
	await idle.fill('2000');
	await expect.poll(async () => (await unloadOf(viewer)).lanes[0].loadedFraction).toBeCloseTo(0.4, 2);
	await expect(viewer.locator('.tv-live table.tv-unload tbody td').first()).toHaveText(/^40(\.\d)?%$/);
	// A bad value is marked and leaves the simulation as it was.
	await idle.fill('-5');
	await expect(idle).toHaveAttribute('aria-invalid', 'true');
	expect((await unloadOf(viewer)).policy.idleMs).toBe(2000);
	await idle.fill('2000');
	const id = await viewer.getAttribute('id');
	await expect.poll(() => page.url()).toContain(`#${id}=`);
	await expect.poll(() => page.url()).toContain('~unload:2000,1000,1000,off');
	const other = await context.newPage();
	await other.goto(page.url());
	const restored = other.locator('trace-viewer').first();
	await restored.scrollIntoViewIfNeeded();
	await expect(restored).toHaveAttribute('data-state', 'ready');
	expect((await simulatedOf(restored)).policy).toEqual({ idleMs: 2000, leadMs: 1000, graceMs: 1000, prediction: false });
	await expect(restored.getByRole('spinbutton', { name: 'Unload after idle (ms)' })).toHaveValue('2000');
	await expect(restored.getByRole('checkbox', { name: /Predict the next wake-up/ })).not.toBeChecked();
	await restored.getByRole('button', { name: 'Reset to the wasm-operator values' }).click();
	await expect.poll(async () => (await unloadOf(restored)).policy).toEqual(CITED_POLICY);
	await expect.poll(() => other.url()).not.toContain('unload:');
});

test('a compare block draws both traces on one relative axis, with the side-by-side table and the change', async ({ page }) => {
	const [viewer] = await open(page, 'compare-two-traces/');
	await expect(page.locator('trace-viewer')).toHaveCount(1);
	expect(await paintedShare(viewer)).toBeGreaterThan(0.01);
	expect((await simulatedOf(viewer)).lanes.map((l) => l.lane)).toEqual(['reconciles-every-5s.synthetic.csv', 'reconciles-every-30s.synthetic.csv']);
	// Taken a month apart, each from its own start: the view spans the longer one's ten minutes.
	const s = await stateOf(viewer);
	expect(s.window.t0).toBeLessThan(0);
	expect(span(s)).toBeLessThan(11 * 60e9);
	const table = viewer.locator('.tv-live').getByRole('table', { name: /^Side by side/ });
	await expect(table.getByRole('columnheader')).toHaveText(['Figure', 'reconciles-every-5s.synthetic.csv', 'reconciles-every-30s.synthetic.csv', 'reconciles-every-30s.synthetic.csv vs reconciles-every-5s.synthetic.csv']);
	await expect(table.getByRole('row', { name: /^Wake-ups\/min/ }).getByRole('cell')).toHaveText([/^12\.\d$/, /^2\.\d$/, /^−8\d%$/]);
	await expect(table.getByRole('row', { name: /^Period/ }).getByRole('cell')).toHaveText([/^5\.0\d s$/, /^30\.0\d s$/, /^\+(49|50)\d%$/]);
	await viewer.getByRole('checkbox', { name: /Predict the next wake-up/ }).uncheck();
	// 21 of 120 is −82.5%, which Math.round makes −82%.
	await expect(table.getByRole('row', { name: /^Cold starts/ }).getByRole('cell')).toHaveText(['120 of 120', '21 of 21', '−82%']);
	await expect(viewer.getByRole('status').filter({ hasText: /^Simulated:/ })).toContainText('reconciles-every-30s.synthetic.csv: loaded');
});

test('only a page with a viewer loads the viewer script', async ({ page }) => {
	const scripts = async (path: string) => {
		await page.goto(path);
		return page.locator('script[src*="TraceViewerScript"]').count();
	};
	expect(await scripts('')).toBe(0);
	expect(await scripts('two-viewers/')).toBe(1);
	expect(await scripts('mdx-component/')).toBe(1);
});
