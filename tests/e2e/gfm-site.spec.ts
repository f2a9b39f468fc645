/**
 * The Markdown adaptation on a foreign folder of GitHub Markdown, `tests/fixtures/gfm-site/`
 * (spaces in names, every alert kind, Mermaid, links, images, meetings in every date style).
 * Runs in the `gfm` project against that folder's build (tests/e2e/lib/test-sites.ts).
 */
import { expect, test } from '@playwright/test';
import { testBase } from '../../playwright.config.ts';

test('the start page is the root README, and the sidebar follows the folders', async ({ page }) => {
	await page.goto('./');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('GFM fixture site');
	const sidebar = page.locator('#starlight__sidebar');
	await expect(sidebar.locator('summary')).toHaveText(['Design documents', 'Meeting notes']);
	await expect(sidebar.locator('details').nth(1).getByRole('link')).toHaveText(['All meetings', '2 Dec 2024', '18 Nov 2024', '21 Oct 2024', '30 Sep 2024']);
});

test('the sidebar ends with the site\'s Credits page, marked current there', async ({ page }) => {
	await page.goto('./');
	const sidebar = page.locator('#starlight__sidebar');
	await expect(sidebar.getByRole('link').last()).toHaveText('Credits');
	await sidebar.getByRole('link', { name: 'Credits', exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`${testBase}credits/$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Credits');
	await expect(sidebar.getByRole('link', { name: 'Credits', exact: true })).toHaveAttribute('aria-current', 'page');
});

test('relative links, also with spaces and anchors, open pages under the base path', async ({ page }) => {
	await page.goto('./');
	for (const [name, path] of [
		['the reconcile loop', 'design-docs/reconcile-loop/'],
		['reconcile loop', 'design-docs/reconcile-loop/'],
		['the loop itself', 'design-docs/reconcile-loop/#the-loop-itself'],
		['all meetings', 'meeting-notes/'],
		['the kick-off', 'meeting-notes/kickoff/'],
		['this page, from the root', ''],
	] as const) {
		await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('href', `${testBase}${path}`);
	}
	await page.getByRole('link', { name: 'the loop itself', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'The loop itself' })).toBeInViewport();
});

test('links to repository files that are not pages go to GitHub', async ({ page }) => {
	await page.goto('./');
	await expect(page.getByRole('link', { name: 'the deployment manifest' })).toHaveAttribute('href', /^https:\/\/github\.com\/.+\/blob\/.+\/tests\/fixtures\/gfm-site\/manifests\/deploy\.yaml$/);
	await expect(page.getByRole('link', { name: 'manifests', exact: true })).toHaveAttribute('href', /\/tree\/.+\/tests\/fixtures\/gfm-site\/manifests$/);
});

test('relative images are built into the site under the base path and load', async ({ page }) => {
	for (const path of ['./', 'design-docs/reconcile-loop/']) {
		await page.goto(path);
		const image = page.getByRole('img', { name: /A synthetic test pattern/ });
		await expect(image).toHaveAttribute('src', new RegExp(`^${testBase}_astro/`));
		expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
	}
});

test('all five alert kinds are asides with their GitHub title; marker text on the same line stays a quote', async ({ page }) => {
	await page.goto('meeting-notes/meeting-11-18/');
	for (const [title, variant] of [['Note', 'note'], ['Tip', 'tip'], ['Important', 'tip'], ['Warning', 'caution'], ['Caution', 'danger']]) {
		const aside = page.getByRole('complementary', { name: title, exact: true });
		await expect(aside).toHaveClass(new RegExp(`starlight-aside--${variant}`));
		await expect(aside.locator('svg.starlight-aside__icon')).toBeVisible();
	}
	await expect(page.locator('blockquote')).toHaveCount(2);
});

test('meetings: dates from every source, listed newest first, previous/next in date order', async ({ page }) => {
	await page.goto('meeting-notes/');
	expect(await page.locator('.sl-markdown-content li time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')))).toEqual(['2024-12-02', '2024-11-18', '2024-10-21', '2024-09-30']);
	await page.goto('meeting-notes/2024-10-21/');
	await expect(page.getByRole('link', { name: /Previous\s+Meeting of 30 Sep 2024/ })).toHaveAttribute('href', `${testBase}meeting-notes/kickoff/`);
	await expect(page.getByRole('link', { name: /Next\s+Meeting of 18 Nov 2024/ })).toHaveAttribute('href', `${testBase}meeting-notes/meeting-11-18/`);
});

test('the Mermaid diagram is an SVG image in both themes, named by its labels', async ({ page }) => {
	for (const theme of ['light', 'dark'] as const) {
		await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
		await page.goto('design-docs/reconcile-loop/');
		const name = 'Flowchart diagram: Watch event, Changed?, Reconcile, Wait for resync, yes, no';
		const shown = page.getByRole('img', { name, exact: true }).and(page.locator(`.mermaid-diagram__${theme}`));
		await expect(shown).toBeVisible();
		await expect(shown).toHaveAttribute('src', /^data:image\/svg\+xml/);
	}
	await expect(page.locator('.expressive-code')).toHaveCount(1);
});
