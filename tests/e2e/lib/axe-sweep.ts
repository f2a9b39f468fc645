/** An axe sweep of a list of pages in the light and the dark theme: one test per page and theme. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openInTheme, themes } from './open-in-theme.ts';

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

/**
 * Fails with one readable paragraph per serious or critical axe violation on the page as it is now.
 * @param label names the state in the message, e.g. `"/masters-thesis/ (dark)"`
 */
export async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
	const results = await new AxeBuilder({ page }).analyze();
	const failing = results.violations.filter((violation) => failingImpacts.has(violation.impact ?? ''));
	expect(failing.length, `${label}:\n${describe(failing)}`).toBe(0);
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
					test.setTimeout(90_000); // axe over a page with trace viewers can take over 30 s on a busy machine
					await openInTheme(page, path, theme);
					await expectNoSeriousViolations(page, `${path} (${theme})`);
				});
			}
		});
	}
}
