/**
 * The Markdown adaptation on the main build (`npm run build:test`): GitHub alerts as asides on the
 * researcher's seed note, Mermaid as SVG in both themes, the H1 shown once, meeting dates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { testBase } from '../../playwright.config.ts';
import { openInTheme } from './lib/open-in-theme.ts';
import { builtSiteDir, sitemapPagePaths } from './lib/sitemap-pages.ts';

const seedPage = `${testBase}meetings/2024-11-04/`;

test('the seed note\'s >[!NOTE] alert is a Starlight aside with title and icon', async ({ page }) => {
	await page.goto(seedPage);
	const aside = page.getByRole('complementary', { name: 'Note' });
	await expect(aside).toHaveClass(/starlight-aside--note/);
	await expect(aside.locator('.starlight-aside__title svg.starlight-aside__icon')).toBeVisible();
	await expect(aside).toContainText('RESYNC_PERIOD');
	await expect(page.locator('.sl-markdown-content')).not.toContainText('[!NOTE]');
});

test('the seed note shows its title once and its meeting date', async ({ page }) => {
	await page.goto(seedPage);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notes - Meeting 04/11/24');
	await expect(page.locator('.meeting-date time')).toHaveAttribute('datetime', '2024-11-04');
});

test('the seed note\'s link to the trace write-ups lands on a page under the base path', async ({ page }) => {
	await page.goto(seedPage);
	// In the note's body: its "Linked from" list below may name the same page.
	const link = page.locator('.sl-markdown-content').getByRole('link', { name: 'reconcile testing operators' });
	await expect(link).toHaveAttribute('href', `${testBase}reconcile_testing_operators/`);
	await link.click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(new URL(page.url()).pathname).toBe(`${testBase}reconcile_testing_operators/`);
});

test('Mermaid diagrams are SVG images, one per theme, shown by data-theme', async ({ page }) => {
	const withDiagram = sitemapPagePaths().find((path) => readFileSync(join(builtSiteDir, path.slice(testBase.length), 'index.html'), 'utf8').includes('class="mermaid-diagram"'));
	expect(withDiagram, 'no page of the built site has a Mermaid diagram').toBeDefined();
	for (const theme of ['light', 'dark'] as const) {
		await openInTheme(page, withDiagram!, theme);
		const figure = page.locator('figure.mermaid-diagram').first();
		await expect(page.locator('pre code.language-mermaid, [data-language="mermaid"]')).toHaveCount(0);
		const shown = figure.locator(`img.mermaid-diagram__${theme}`);
		await expect(shown).toBeVisible();
		await expect(shown).toHaveAttribute('src', /^data:image\/svg\+xml/);
		await expect(figure.locator(`img.mermaid-diagram__${theme === 'light' ? 'dark' : 'light'}`)).toBeHidden();
		expect(await shown.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
	}
});
