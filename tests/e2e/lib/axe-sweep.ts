/**
 * An axe sweep of a list of pages in the light and the dark theme: one test per page and theme.
 * The light theme runs every rule. The dark theme runs what can differ in it (theme-differences.ts,
 * where a test keeps that true of the built CSS): the colour rules over the whole page, and every
 * rule over the elements only the dark theme shows. Everything else axe reads (roles, names,
 * landmarks, ids, alt texts, order) is the same HTML in both themes, and running it twice took
 * about a third of the e2e time.
 */
import { axe } from './axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { describeViolations, seriousViolations, type AxeViolations } from './axe-violations.ts';
import { openInTheme, themes } from './open-in-theme.ts';
import { colourRules, darkOnlySelectors } from './theme-differences.ts';

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
 * Like `expectNoSeriousViolations`, for a page open in the dark theme whose light-theme test runs
 * every rule: here the colour rules over the page, every other rule over the dark-only elements.
 * @param label e.g. `"/masters-thesis/ (dark)"`
 */
export async function expectNoSeriousDarkThemeViolations(page: Page, label: string): Promise<void> {
	const violations: AxeViolations = (await axe(page).withRules(colourRules).analyze()).violations;
	const darkOnly = darkOnlySelectors.join(', ');
	// axe throws on an include that matches nothing; most pages have no theme variants.
	if ((await page.locator(darkOnly).count()) > 0) violations.push(...(await axe(page).include(darkOnly).disableRules(colourRules).analyze()).violations);
	const failing = seriousViolations(violations);
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
					if (theme === 'dark') await expectNoSeriousDarkThemeViolations(page, `${path} (${theme})`);
					else await expectNoSeriousViolations(page, `${path} (${theme})`);
				});
			}
		});
	}
}
