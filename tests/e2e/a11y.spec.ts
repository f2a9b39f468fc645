/** An axe sweep of every page in the sitemap (and the 404 page) in the light and the dark theme. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { testBase } from '../../playwright.config.ts';
import { sitemapPagePaths } from './lib/sitemap-pages.ts';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** Violations that fail the sweep. */
const failingImpacts = new Set(['serious', 'critical']);

/** One readable paragraph per violation: rule, impact, what to do, and where. */
function describe(violations: AxeResults['violations']): string {
	return violations
		.map((violation) => {
			const nodes = violation.nodes
				.slice(0, 5)
				.map((node) => `    at ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ')}`)
				.join('\n');
			const more = violation.nodes.length > 5 ? `\n    ... and ${violation.nodes.length - 5} more` : '';
			return `[${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes}${more}`;
		})
		.join('\n\n');
}

const pages = [...sitemapPagePaths(), `${testBase}this-page-does-not-exist/`];

for (const theme of ['light', 'dark'] as const) {
	test.describe(`${theme} theme`, () => {
		for (const path of pages) {
			test(`${path} has no serious or critical axe violations`, async ({ page }) => {
				test.setTimeout(90_000); // a page with trace viewers can take over 30 s on a busy shared machine
				await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				const results = await new AxeBuilder({ page }).analyze();
				const failing = results.violations.filter((violation) => failingImpacts.has(violation.impact ?? ''));
				expect(failing.length, `${path} (${theme}):\n${describe(failing)}`).toBe(0);
			});
		}
	});
}
