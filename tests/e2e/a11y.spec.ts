/**
 * An axe sweep of every page in the sitemap (and the 404 page) in the light and the dark theme,
 * each with its "Linked from" section, and of a page with a link preview open; and the check that
 * the built sites' themes differ only where the dark sweep looks (lib/theme-differences.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { testBase } from '../../playwright.config.ts';
import { axeSweep, expectNoSeriousViolations } from './lib/axe-sweep.ts';
import { openInTheme, themes } from './lib/open-in-theme.ts';
import { sitemapPagePaths } from './lib/sitemap-pages.ts';
import { testSites } from './lib/test-sites.ts';
import { unexpectedThemeDeclarations } from './lib/theme-differences.ts';

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

test('the built sites\' themes differ only in colours and in which figure variants show, as the dark sweep assumes', () => {
	for (const { outDir } of Object.values(testSites)) {
		// Every stylesheet, and the <style> elements of every page.
		const files = readdirSync(outDir, { recursive: true }).map(String).filter((file) => /\.(css|html)$/.test(file));
		const css = files.map((file) => {
			const text = readFileSync(join(outDir, file), 'utf8');
			return file.endsWith('.css') ? text : [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('\n');
		});
		const unexpected = unexpectedThemeDeclarations(css.join('\n')).map((d) => `  ${d.selector} { ${d.property}: ${d.value} }`);
		expect(unexpected, `${outDir}: the dark theme changes more than lib/theme-differences.ts says; check it there too:\n${unexpected.join('\n')}`).toEqual([]);
	}
});
