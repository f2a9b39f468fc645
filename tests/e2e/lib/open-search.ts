/**
 * Opens Starlight's search dialog on a page and waits for Pagefind's search box. Starlight builds
 * the box in a `requestIdleCallback` after `DOMContentLoaded`, by a dynamic import. Once in a few
 * full runs on a loaded 2-core machine, the dialog stayed empty for the test's whole 30 s, and the
 * next test's page had its box at once. So a dialog still empty after 10 s is reported on stdout,
 * with the page's failed requests and errors, and the page is loaded once more. A box that is
 * missing twice fails the test with that report.
 */
import { expect, type Locator, type Page } from '@playwright/test';

const WAIT_MS = 10_000;

/** Goes to `path`, opens the search dialog, and gives it once its search box is there, e.g. `await openSearch(page, './')`. */
export async function openSearch(page: Page, path: string): Promise<Locator> {
	const problems: string[] = [];
	page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	const dialog = page.getByRole('dialog', { name: 'Search' });
	for (let attempt = 1; ; attempt++) {
		await page.goto(path);
		await page.getByRole('button', { name: /^Search/ }).click();
		try {
			await expect(dialog.getByRole('textbox')).toBeVisible({ timeout: WAIT_MS });
			return dialog;
		} catch (error) {
			const report = `the search dialog of ${page.url()} had no search box after ${WAIT_MS / 1000} s (attempt ${attempt}); ${problems.length ? problems.join('; ') : 'no failed request or page error'}`;
			if (attempt === 2) throw new Error(report, { cause: error });
			console.log(`${report}: loading the page again`);
		}
	}
}
