/**
 * An axe sweep of every page in the sitemap (and the 404 page) in the light and the dark theme,
 * each with its "Linked from" section, and of a page with a link preview open.
 */
import { expect, test } from '@playwright/test';
import { testBase } from '../../playwright.config.ts';
import { axeSweep, expectNoSeriousViolations } from './lib/axe-sweep.ts';
import { openInTheme, themes } from './lib/open-in-theme.ts';
import { sitemapPagePaths } from './lib/sitemap-pages.ts';

axeSweep([...sitemapPagePaths(), `${testBase}this-page-does-not-exist/`]);

for (const theme of themes) {
	// Every page of the sweep ends with its "Linked from" section; this one also has a link preview open.
	test(`an open link preview, over a "Linked from" list, has no serious or critical axe violations (${theme})`, async ({ page }) => {
		await openInTheme(page, `${testBase}findings/where-the-5s-comes-from/`, theme);
		const linkedFrom = page.getByRole('region', { name: 'Linked from' });
		await expect(linkedFrom.getByRole('listitem').first()).toBeVisible();
		await linkedFrom.getByRole('link').first().hover();
		await expect(page.getByRole('tooltip')).toBeVisible();
		await expectNoSeriousViolations(page, `link preview (${theme})`);
	});
}
