/**
 * A newcomer's path through the built site (served under /masters-thesis/): the start page leads to
 * every section, glossary links land on a definition, search finds the right page first, and the
 * Atom feed is valid and lists the meeting notes.
 */
import { expect, test, type Page } from '@playwright/test';
import { testBase } from '../../playwright.config.ts';
import { openSearch } from './lib/open-search.ts';

/** The sections the start page must lead to, by the path their page lives under. */
const sections = ['findings/', 'reconcile_testing_operators/', 'meetings/', 'glossary/', 'contributing/'];

/** Absolute paths of the links inside the page's main content, without hash. */
async function contentLinks(page: Page): Promise<string[]> {
	const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
	return [...new Set(hrefs.map((href) => new URL(href)).filter((url) => url.origin === new URL(page.url()).origin).map((url) => url.pathname))];
}

test('the start page links reach every section, and every linked page exists', async ({ page, request }) => {
	await page.goto('./');
	const links = await contentLinks(page);
	for (const section of sections) {
		expect(links.some((path) => path.startsWith(`${testBase}${section}`)), `no link into ${section}`).toBe(true);
	}
	for (const path of links) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
	}
});

test('every glossary term has an anchor, and glossary links on other pages resolve to one', async ({ page }) => {
	await page.goto('glossary/');
	const anchors = new Set(await page.locator('main h2[id]').evaluateAll((hs) => hs.map((h) => h.id)));
	for (const term of ['reconcile', 'requeueafter', 'work-queue', 'custom-resource-definition-crd', 'wasm-operator', 'idle-unloading']) {
		expect(anchors, `#${term}`).toContain(term);
	}

	const checked: string[] = [];
	for (const path of ['./', 'findings/where-the-5s-comes-from/', 'reconcile_testing_operators/', 'meetings/2024-11-04/']) {
		await page.goto(path);
		const targets = await page.locator('main a.glossary-link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
		expect(targets.length, `${path} has glossary links`).toBeGreaterThan(0);
		for (const target of targets) {
			const url = new URL(target);
			expect(url.pathname, target).toBe(`${testBase}glossary/`);
			expect(anchors, target).toContain(decodeURIComponent(url.hash.slice(1)));
			checked.push(target);
		}
		// Only the first use of a term links, so no anchor appears twice on a page.
		expect(new Set(targets).size, `${path}: a term linked twice`).toBe(targets.length);
	}

	// Following one lands on the definition.
	await page.goto(checked[0]);
	const id = decodeURIComponent(new URL(checked[0]).hash.slice(1));
	await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

for (const [query, expected] of [
	['RequeueAfter', 'findings/where-the-5s-comes-from/'],
	['reconcileIn', 'findings/where-the-5s-comes-from/'],
	['wasm', 'findings/why-wake-ups-cost-memory/'],
] as const) {
	test(`search for "${query}" returns ${expected} first`, async ({ page }) => {
		const dialog = await openSearch(page, './');
		await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
		const first = dialog.locator('.pagefind-ui__result-link').first();
		await expect(first).toBeVisible({ timeout: 15_000 });
		expect(new URL(await first.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(`${testBase}${expected}`);
	});
}

test('the feed is valid Atom, absolute under the base path, lists the seed meeting, and every page announces it', async ({ page, request }) => {
	const response = await request.get('feed.xml');
	expect(response.status()).toBe(200);
	const xml = await response.text();
	await page.goto('./');
	const feedHref = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
	expect(feedHref).toBe(`${testBase}feed.xml`);

	const summary = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'application/xml');
		const atom = 'http://www.w3.org/2005/Atom';
		const child = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === atom && c.localName === name);
		const root = doc.documentElement;
		return {
			parseError: doc.getElementsByTagName('parsererror').length > 0,
			root: `${root.namespaceURI} ${root.localName}`,
			feed: ['id', 'title', 'updated', 'author'].map((name) => `${name}:${child(root, name).length}`),
			self: child(root, 'link').find((l) => l.getAttribute('rel') === 'self')?.getAttribute('href'),
			entries: child(root, 'entry').map((entry) => ({
				missing: ['id', 'title', 'updated', 'summary'].filter((name) => child(entry, name).length !== 1),
				title: child(entry, 'title')[0]?.textContent,
				updated: child(entry, 'updated')[0]?.textContent,
				link: child(entry, 'link').find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate')?.getAttribute('href'),
			})),
		};
	}, xml);

	expect(summary.parseError).toBe(false);
	expect(summary.root).toBe('http://www.w3.org/2005/Atom feed');
	expect(summary.feed).toEqual(['id:1', 'title:1', 'updated:1', 'author:1']);
	expect(summary.self).toMatch(/^https?:\/\/[^/]+\/masters-thesis\/feed\.xml$/);
	expect(summary.entries.length).toBeGreaterThan(1);
	for (const entry of summary.entries) {
		expect(entry.missing, entry.title ?? '').toEqual([]);
		expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
		expect(entry.link).toMatch(/^https?:\/\/[^/]+\/masters-thesis\//);
	}
	const seed = summary.entries.find((entry) => entry.title === 'Notes - Meeting 04/11/24');
	expect(seed?.updated).toBe('2024-11-04T00:00:00.000Z');
	expect(new URL(seed!.link!).pathname).toBe(`${testBase}meetings/2024-11-04/`);
	expect(summary.entries.some((entry) => entry.link?.includes('/findings/where-the-5s-comes-from/'))).toBe(true);
	// Each entry's link is a page of this site.
	for (const entry of summary.entries) expect((await request.get(new URL(entry.link!).pathname)).status(), entry.link!).toBe(200);
});

test('the example-traces page says, visibly, that its traces are synthetic', async ({ page }) => {
	await page.goto('reconcile_testing_operators/synthetic-example-traces/');
	await expect(page.locator('main aside, main .starlight-aside').first()).toContainText('Synthetic data, not a measurement');
});
