/**
 * Link previews on the gfm fixture site: a tooltip with the target's title, date and first
 * paragraph, by mouse and by keyboard, its data fetched under the base path on first use; plain
 * links without JavaScript and on touch devices.
 */
import { expect, test, type Page } from '@playwright/test';
import { testBase } from '../../playwright.config.ts';

const body = (page: Page) => page.locator('.sl-markdown-content');

test('hovering a link shows the preview, moving onto it keeps it, leaving hides it; its data comes from under the base path', async ({ page }) => {
	await page.goto('design-docs/');
	const link = body(page).getByRole('link', { name: 'the glossary' });
	const request = page.waitForRequest((candidate) => new URL(candidate.url()).pathname.startsWith(`${testBase}link-previews/`));
	await link.hover();
	expect(new URL((await request).url()).pathname).toBe(`${testBase}link-previews/glossary.json`);
	const tooltip = page.getByRole('tooltip');
	await expect(tooltip).toBeVisible();
	await expect(tooltip.locator('.link-preview__title')).toHaveText('Glossary');
	await expect(tooltip.locator('.link-preview__text')).toHaveText(/^The words these notes give a meaning of their own/);
	await expect(link).toHaveAttribute('aria-describedby', await tooltip.getAttribute('id') ?? '');
	await tooltip.hover();
	await expect(tooltip).toBeVisible();
	await page.mouse.move(0, 0);
	await expect(tooltip).toBeHidden();
	await expect(link).not.toHaveAttribute('aria-describedby');
});

test('a meeting shows its date; the glossary link of a term shows the term, not the browser\'s own title tooltip', async ({ page }) => {
	await page.goto('glossary/');
	await page.getByRole('region', { name: 'Linked from' }).getByRole('link', { name: 'Notes - Meeting 02/12/24' }).hover();
	await expect(page.getByRole('tooltip').locator('time')).toHaveText('2 December 2024');
	await page.goto('design-docs/reconcile-loop/');
	const term = body(page).getByRole('link', { name: 'drift', exact: true });
	await expect(term).toHaveAttribute('title', 'Glossary: Drift');
	await term.hover();
	const tooltip = page.getByRole('tooltip');
	await expect(tooltip.locator('.link-preview__title')).toHaveText('Glossary › Drift');
	await expect(tooltip.locator('.link-preview__text')).toHaveText(/^The difference between the state a custom resource asks for/);
	await expect(term).not.toHaveAttribute('title');
	await page.mouse.move(0, 0);
	await expect(term).toHaveAttribute('title', 'Glossary: Drift');
});

test('Tab to a link opens its preview as the link\'s description, Escape closes it and leaves focus on the link', async ({ page }) => {
	await page.goto('design-docs/');
	const link = body(page).getByRole('link', { name: 'the reconcile loop' });
	for (let presses = 0; presses < 80 && !(await link.evaluate((element) => element === document.activeElement)); presses++) await page.keyboard.press('Tab');
	await expect(link).toBeFocused();
	const tooltip = page.getByRole('tooltip');
	await expect(tooltip).toBeVisible();
	await expect(link).toHaveAccessibleDescription(/The reconcile loop.*The controller compares desired and observed state/);
	await page.keyboard.press('Escape');
	await expect(tooltip).toBeHidden();
	await expect(link).toBeFocused();
});

test('opening a preview shifts nothing on the page', async ({ page }) => {
	await page.goto('design-docs/');
	const heading = page.getByRole('heading', { name: 'Linked from' });
	const before = await heading.boundingBox();
	await body(page).getByRole('link', { name: 'the glossary' }).hover();
	await expect(page.getByRole('tooltip')).toBeVisible();
	expect(await heading.boundingBox()).toEqual(before);
	expect(await page.getByRole('tooltip').evaluate((element) => getComputedStyle(element).position)).toBe('absolute');
});

test('without JavaScript, links are plain links and no preview exists', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('design-docs/');
	const link = body(page).getByRole('link', { name: 'the glossary' });
	await link.hover();
	await link.focus();
	await expect(page.locator('.link-preview')).toHaveCount(0);
	await expect(page.getByRole('region', { name: 'Linked from' })).toBeVisible();
	await link.click();
	await expect(page).toHaveURL(new RegExp(`${testBase}glossary/$`));
	await context.close();
});

test('on a touch device nothing is previewed and nothing fetched', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ baseURL, hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	const previews: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('/link-previews/')) previews.push(request.url());
	});
	await page.goto('design-docs/');
	expect(await page.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches)).toBe(false);
	const link = body(page).getByRole('link', { name: 'the glossary' });
	await link.focus();
	await link.dispatchEvent('pointerover', { pointerType: 'touch' });
	await page.waitForTimeout(500); // longer than the preview's opening delay: a preview would be there by now
	await expect(page.locator('.link-preview')).toHaveCount(0);
	expect(previews).toEqual([]);
	await context.close();
});
