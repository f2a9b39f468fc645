/**
 * The benchmark page of the main test site, built from the committed result files: charts drawn
 * without JavaScript, numbers on hover and focus, the legend, view and scale through the link, the
 * theme, axe after interaction, and print.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './lib/axe.ts';
import { describeViolations, seriousViolations } from './lib/axe-violations.ts';
import { openInTheme, themes } from './lib/open-in-theme.ts';

const PAGE = 'evaluation/benchmarks/';
/** The first chart on the page: gke_antiaffinity, by the number of secondaries. */
const first = (page: Page) => page.locator('benchmark-chart').first();

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('every chart is drawn, with its table, and the print stylesheet keeps both', async ({ page }) => {
		await page.goto(PAGE);
		await expect(page.locator('benchmark-chart')).toHaveCount(12);
		const chart = first(page);
		await expect(chart.locator('.bc-figure > svg')).toBeVisible();
		await expect(chart.locator('.bc-figure > svg .bc-samples path').first()).toBeAttached();
		await expect(chart.getByRole('table')).toContainText('Number of Secondaries 100');
		await expect(chart.locator('.bc-controls')).toBeHidden();
		await page.emulateMedia({ media: 'print' });
		await expect(chart.locator('.bc-figure > svg')).toBeVisible();
		await expect(chart.getByRole('table')).toBeVisible();
	});
});

test('hover and focus show a mark\'s numbers; arrow keys move between marks', async ({ page }) => {
	await page.goto(PAGE);
	const chart = first(page);
	const tip = chart.locator('.bc-tip');
	const mark = chart.locator('.bc-figure > svg [data-point="8"]');
	await mark.hover();
	await expect(tip).toBeVisible();
	await expect(tip).toContainText('Number of Secondaries 100, get_latest_with_secondaries: median');
	await chart.locator('.bc-figure > svg [data-point="0"]').focus();
	await expect(tip).toContainText('Number of Secondaries 0, get_latest_with_secondaries');
	await page.keyboard.press('ArrowRight');
	await expect(tip).toContainText('Number of Secondaries 0, Direct LIST requests');
	await expect(chart.locator('.bc-figure > svg [data-point="1"]')).toBeFocused();
});

test('the legend hides and shows a series, which the link keeps through a reload', async ({ page }) => {
	await page.goto(PAGE);
	const chart = first(page);
	const id = await chart.getAttribute('id');
	const button = chart.getByRole('button', { name: 'Direct LIST requests' });
	const marks = chart.locator('.bc-figure > svg g.bc-g1').first();
	await expect(marks).toBeVisible();
	await button.click();
	await expect(button).toHaveAttribute('aria-pressed', 'false');
	await expect(marks).toBeHidden();
	await expect(page).toHaveURL(new RegExp(`#${id}=distribution~log~1$`));
	await page.reload();
	await expect(button).toHaveAttribute('aria-pressed', 'false');
	await expect(marks).toBeHidden();
	await button.click();
	await expect(marks).toBeVisible();
	await expect(page).not.toHaveURL(/#/);
});

test('view and scale switch, are in the link and survive a reload; the thesis view shows the thesis\'s means in ms', async ({ page }) => {
	await page.goto(PAGE);
	const chart = first(page);
	const id = await chart.getAttribute('id');
	await expect(chart.locator('.bc-figure > svg')).toHaveAttribute('data-scale', 'log');
	await chart.getByLabel('As in the thesis').check();
	await expect(chart.locator('.bc-figure > svg')).toHaveAttribute('data-view', 'thesis');
	await expect(chart.locator('.bc-figure > svg')).toHaveAttribute('data-scale', 'linear');
	await expect(chart.locator('.bc-note')).toBeVisible();
	await chart.getByLabel('Log').check();
	await expect(page).toHaveURL(new RegExp(`#${id}=thesis~log$`));
	await page.reload();
	await expect(chart.locator('.bc-figure > svg')).toHaveAttribute('data-view', 'thesis');
	await expect(chart.locator('.bc-figure > svg')).toHaveAttribute('data-scale', 'log');
	await expect(chart.getByLabel('Log')).toBeChecked();
	await expect(chart.locator('.bc-figure > svg [data-point="8"]')).toHaveAttribute('aria-label', /^Number of Secondaries 100, get_latest_with_secondaries: mean [\d,.]+ ms ± sd [\d,.]+ ms \(n = 100\)$/);
});

test('the chart follows the theme picker', async ({ page }) => {
	await openInTheme(page, PAGE, 'light');
	const swatch = first(page).locator('.bc-swatch').first();
	const light = await swatch.evaluate((el) => getComputedStyle(el).backgroundColor);
	const text = await first(page).locator('.bc-figure > svg').evaluate((el) => getComputedStyle(el).color);
	await page.locator('starlight-theme-select select').first().selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await swatch.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(light);
	expect(await first(page).locator('.bc-figure > svg').evaluate((el) => getComputedStyle(el).color)).not.toBe(text);
});

for (const theme of themes) {
	test(`the thesis view with a hidden series and an open tip has no serious axe violations (${theme})`, async ({ page }) => {
		test.setTimeout(90_000);
		await openInTheme(page, PAGE, theme);
		const chart = first(page);
		await chart.getByLabel('As in the thesis').check();
		await chart.getByRole('button', { name: 'Direct LIST requests' }).click();
		await chart.locator('.bc-figure > svg [data-point="0"]').focus();
		// The chart only: the sitemap sweep (a11y.spec.ts) checks the whole page as it opens.
		const failing = seriousViolations(await axeViolations(page, { include: `#${await chart.getAttribute('id')}` }));
		expect(failing.length, describeViolations(failing)).toBe(0);
	});
}
