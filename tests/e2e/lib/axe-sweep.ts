/** An axe sweep of a list of pages in the light and the dark theme: one test per page and theme. */
import { axe } from './axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { describeViolations, seriousViolations } from './axe-violations.ts';
import { openInTheme, themes } from './open-in-theme.ts';

/**
 * Fails with one readable paragraph per serious or critical axe violation on the page as it is now.
 * @param label names the state in the message, e.g. `"/masters-thesis/ (dark)"`
 */
export async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
	const results = await axe(page).analyze();
	const failing = seriousViolations(results.violations);
	expect(failing.length, `${label}:\n${describeViolations(failing)}`).toBe(0);
}

/**
 * Declares the sweep's tests.
 * @param pages paths under the base, e.g. `['/masters-thesis/', '/masters-thesis/meetings/']`
 */
export function axeSweep(pages: string[]): void {
	for (const theme of themes) {
		test.describe(`${theme} theme`, () => {
			for (const path of pages) {
				test(`${path} has no serious or critical axe violations`, async ({ page }) => {
					// axe over a page with trace viewers, or the benchmarks page with its 1,400 table cells (color-contrast
					// and region take about 10 ms a cell), takes 15-40 s on a quiet machine and over 90 s on a busy one.
					test.setTimeout(180_000);
					await openInTheme(page, path, theme);
					await expectNoSeriousViolations(page, `${path} (${theme})`);
				});
			}
		});
	}
}
