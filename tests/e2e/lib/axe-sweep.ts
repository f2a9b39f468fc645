/**
 * An axe sweep of a list of pages in the light and the dark theme: one test per page and theme.
 * The light theme runs every rule. The dark theme runs what can differ in it (theme-differences.ts,
 * where a test keeps that true of the built CSS): the colour rules over the whole page, and every
 * rule over the elements only the dark theme shows. Everything else axe reads (roles, names,
 * landmarks, ids, alt texts, order) is the same HTML in both themes, and running it twice took
 * about a third of the e2e time.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { describeViolations, seriousViolations } from './axe-violations.ts';
import { pickTheme } from './open-in-theme.ts';
import { colourRules, darkOnlySelectors } from './theme-differences.ts';

/**
 * Fails with one readable paragraph per serious or critical axe violation on the page as it is now.
 * @param label names the state in the message, e.g. `"/masters-thesis/ (dark)"`
 */
export async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
	const failing = seriousViolations(await axeViolations(page));
	expect(failing.length, `${label}:\n${describeViolations(failing)}`).toBe(0);
}

/**
 * Like `expectNoSeriousViolations`, for a page open in the dark theme whose light-theme test runs
 * every rule: here the colour rules over the page, every other rule over the dark-only elements.
 * @param label e.g. `"/masters-thesis/ (dark)"`
 */
export async function expectNoSeriousDarkThemeViolations(page: Page, label: string): Promise<void> {
	const violations = await axeViolations(page, { rules: colourRules });
	const darkOnly = darkOnlySelectors.join(', ');
	// axe throws on an include that matches nothing; most pages have no theme variants.
	if ((await page.locator(darkOnly).count()) > 0) violations.push(...(await axeViolations(page, { include: darkOnly, disableRules: colourRules })));
	const failing = seriousViolations(violations);
	expect(failing.length, `${label}:\n${describeViolations(failing)}`).toBe(0);
}

/**
 * A page each worker keeps for the sweep, light at every load: a page of its own per test, as
 * Playwright gives by default, cost about as much as checking it (a browser context and a renderer
 * process, 0.5-1 s a test on a 2-core machine). The tests stay apart: each loads its page anew and
 * fails on its own.
 */
const sweep = test.extend<object, { sweepPage: Page }>({
	sweepPage: [
		async ({ browser }, use, workerInfo) => {
			const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
			const page = await context.newPage();
			await page.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
			await use(page);
			await context.close();
		},
		{ scope: 'worker' },
	],
});

/**
 * Declares the sweep's tests, one a page: the page opens in the light theme, then the theme picker
 * switches it to the dark one (lib/open-in-theme.ts), and axe, put in once, checks it in both.
 * @param pages paths under the base, e.g. `['/masters-thesis/', '/masters-thesis/meetings/']`
 */
export function axeSweep(pages: string[]): void {
	for (const path of pages) {
		sweep(`${path} has no serious or critical axe violations, light or dark`, async ({ sweepPage: page }) => {
			// axe over a page with trace viewers, or the benchmarks page with its 1,400 table cells (color-contrast
			// and region take about 10 ms a cell), takes 15-40 s on a quiet machine and over 90 s on a busy one.
			test.setTimeout(180_000);
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
			await expectNoSeriousViolations(page, `${path} (light)`);
			await pickTheme(page, 'dark');
			await expectNoSeriousDarkThemeViolations(page, `${path} (dark)`);
		});
	}
}
