/** A check that pages load all they ask for (scripts, styles, icons, fonts, trace data) without an error. */
import { expect, test } from '@playwright/test';

/**
 * Declares one test visiting every page in turn.
 * @param pages paths under the base, e.g. `['/masters-thesis/', '/masters-thesis/math/display-block/']`
 */
export function resourceCheck(pages: string[]): void {
	test('no page of the sitemap requests a missing resource or throws', async ({ page }) => {
		test.setTimeout(5 * 60_000);
		const failures: string[] = [];
		let current = '';
		page.on('response', (response) => {
			if (response.status() >= 400) failures.push(`${current}: ${response.status()} ${new URL(response.url()).pathname}`);
		});
		page.on('requestfailed', (request) => {
			// Leaving a page aborts what it was still fetching lazily (the search UI); that is not a fault.
			// Fixtures name `.invalid` hosts (never resolved, https://www.rfc-editor.org/rfc/rfc6761#section-6.4) for what must not load, e.g. the XSS corpus's images.
			if (new URL(request.url()).hostname.endsWith('.invalid')) return;
			if (request.failure()?.errorText !== 'net::ERR_ABORTED') failures.push(`${current}: failed ${request.url()} (${request.failure()?.errorText})`);
		});
		page.on('pageerror', (error) => failures.push(`${current}: script error ${error.message}`));
		for (const path of pages) {
			current = path;
			await page.goto(path, { waitUntil: 'load' });
			// Fonts (KaTeX's) are fetched when text needs them: wait for them before leaving.
			await page.evaluate(() => document.fonts.ready);
			// Trace viewers load their data when scrolled into view.
			for (const viewer of await page.locator('trace-viewer').all()) {
				await viewer.scrollIntoViewIfNeeded();
				await expect(viewer).toHaveAttribute('data-state', 'ready');
			}
		}
		expect(failures).toEqual([]);
	});
}
