/**
 * axe on a page, the one way every browser test runs it. axe-core is put into the page once and then
 * run as often as a test needs: `@axe-core/playwright` evaluated axe's 550 KB source twice per
 * `analyze()` (once to check for `runPartial`, once per frame), 0.15-0.6 s each on a quiet 2-core
 * machine, more than most runs take. Here a page is checked in the light theme and, after the theme
 * picker's switch, in the dark one, on one load and one injection. axe runs in the top document
 * only: the sanitizer drops iframes, so no page has frames to look into.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeViolations } from './axe-violations.ts';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What one run looks at: every rule over the page unless narrowed. */
export interface AxeScope {
	/** A selector of the elements to check, e.g. `'trace-viewer'`; the whole page when absent. */
	include?: string;
	/** Only these rules, e.g. `['color-contrast']`. */
	rules?: string[];
	/** Every rule but these. */
	disableRules?: string[];
}

/**
 * The violations axe finds on the page as it is now, e.g. `await axeViolations(page, { include: 'trace-viewer' })`.
 * Passes and inapplicable rules are not sent back (`resultTypes`), which changes no violation.
 */
export async function axeViolations(page: Page, { include, rules, disableRules }: AxeScope = {}): Promise<AxeViolations> {
	if (!(await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object'))) await page.evaluate(source);
	const options = {
		resultTypes: ['violations'],
		...(rules ? { runOnly: { type: 'rule', values: rules } } : {}),
		...(disableRules ? { rules: Object.fromEntries(disableRules.map((rule) => [rule, { enabled: false }])) } : {}),
	};
	const outcome = await page.evaluate(
		async ({ include, options }) => {
			const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
			try {
				return { violations: (await axe.run(include ? { include: [include] } : document, options as import('axe-core').RunOptions)).violations };
			} catch (error) {
				return { error: (error as Error).message };
			}
		},
		{ include, options },
	);
	if ('error' in outcome) throw new Error(`axe failed on ${page.url()}: ${outcome.error}`);
	return outcome.violations;
}
