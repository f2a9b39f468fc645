/** Every internal link and #anchor of every page in the sitemap resolves on the built site. */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { testBase } from '../../playwright.config.ts';
import { localPath, sitemapLocs } from './lib/sitemap-pages.ts';

/** What a page links to and which anchors it offers. */
interface PageFacts {
	links: Array<{ href: string; text: string }>;
	anchors: Set<string>;
}

async function crawlSitemap(request: APIRequestContext): Promise<string[]> {
	const index = await request.get('sitemap-index.xml');
	expect(index.status(), 'sitemap-index.xml is served under the base path').toBe(200);
	const pages: string[] = [];
	for (const sitemapUrl of sitemapLocs(await index.text())) {
		const sitemap = await request.get(localPath(sitemapUrl));
		expect(sitemap.status(), `${sitemapUrl} is served`).toBe(200);
		pages.push(...sitemapLocs(await sitemap.text()).map(localPath));
	}
	return pages;
}

async function readPage(page: Page, path: string): Promise<PageFacts> {
	await page.goto(path, { waitUntil: 'domcontentloaded' });
	const facts = await page.evaluate(() => ({
		links: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => ({
			href: a.href,
			text: (a.textContent ?? '').trim().slice(0, 60),
		})),
		images: [...document.querySelectorAll<HTMLImageElement>('img[src]')].map((img) => ({
			href: img.src,
			text: `image ${img.alt}`,
		})),
		anchors: [...document.querySelectorAll('[id], a[name]')].map((el) => el.id || el.getAttribute('name') || ''),
	}));
	return { links: [...facts.links, ...facts.images], anchors: new Set(facts.anchors) };
}

test('every internal link and anchor of every page in the sitemap resolves', async ({ page, request, baseURL }) => {
	test.setTimeout(10 * 60_000);
	const origin = new URL(baseURL!).origin;
	const pages = await crawlSitemap(request);
	expect(pages.length, 'the sitemap lists pages').toBeGreaterThan(0);

	const facts = new Map<string, PageFacts>();
	const offSitemap = new Map<string, PageFacts>(); // link targets the sitemap leaves out (e.g. 404)
	const status = new Map<string, number>();
	for (const path of pages) facts.set(path, await readPage(page, path));

	const broken: string[] = [];
	for (const [from, { links }] of facts) {
		for (const { href, text } of links) {
			const url = new URL(href);
			if (url.origin !== origin) continue; // external: not reachable offline, not ours to check
			const where = `${from}: link "${text}" -> ${url.pathname}${url.hash}`;
			if (!url.pathname.startsWith(testBase)) {
				broken.push(`${where}: outside the base path ${testBase}`);
				continue;
			}
			if (!status.has(url.pathname)) status.set(url.pathname, (await request.get(url.pathname)).status());
			if (status.get(url.pathname) !== 200) {
				broken.push(`${where}: HTTP ${status.get(url.pathname)}`);
				continue;
			}
			const anchor = decodeURIComponent(url.hash.slice(1));
			if (!anchor) continue;
			const target = facts.get(url.pathname) ?? offSitemap.get(url.pathname) ?? (await readPage(page, url.pathname));
			offSitemap.set(url.pathname, target);
			if (!target.anchors.has(anchor)) broken.push(`${where}: no element with id "${anchor}"`);
		}
	}
	expect(broken.length, `broken links:\n${broken.join('\n')}`).toBe(0);
});
