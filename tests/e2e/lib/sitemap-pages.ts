/** The pages of the built site, as its sitemap lists them, mapped onto the local test server. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testBase } from '../../../playwright.config.ts';

/** The folder the site under test was built into (`npm run build:test`). */
export const builtSiteDir = process.env.SITE_OUT_DIR || 'dist-test';

/**
 * The `<loc>` values of a sitemap or sitemap index, in order.
 * @param xml e.g. `<urlset><url><loc>https://x.github.io/masters-thesis/</loc></url></urlset>`
 */
export function sitemapLocs(xml: string): string[] {
	return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) => decodeXml(match[1]));
}

function decodeXml(text: string): string {
	return text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}

/**
 * The path (under the base) of a sitemap URL, for requests to the local server; throws when the
 * URL is not under the base path, since then the deployed site would link outside itself.
 * @param loc e.g. `https://example.github.io/masters-thesis/meetings/2024-11-04/`
 */
export function localPath(loc: string): string {
	const { pathname } = new URL(loc);
	if (!pathname.startsWith(testBase)) throw new Error(`sitemap URL ${loc} is not under the base path ${testBase}`);
	return pathname;
}

/**
 * Paths of every page in the built site's sitemap, read from disk so tests can be made per page.
 * @param dir the built site, e.g. `dist-test`
 */
export function sitemapPagePaths(dir = builtSiteDir): string[] {
	const index = join(dir, 'sitemap-index.xml');
	if (!existsSync(index)) throw new Error(`${index} not found: run \`npm run build:test\` first (SITE_OUT_DIR=${dir})`);
	return sitemapLocs(readFileSync(index, 'utf8')).flatMap((sitemapUrl) => {
		const file = join(dir, localPath(sitemapUrl).slice(testBase.length));
		return sitemapLocs(readFileSync(file, 'utf8')).map(localPath);
	});
}
