/**
 * Which axe violations fail a test, and how they are told. Pure, with no Playwright Test import,
 * so both the e2e sweep and a node:test file that drives Chromium itself can use it.
 */
import type { AxeResults } from 'axe-core';

/** The violations of one axe run (lib/axe.ts). */
export type AxeViolations = AxeResults['violations'];

/** Violations that fail a test. */
const failingImpacts = new Set(['serious', 'critical']);

/** The serious and critical ones of `violations`, e.g. a `color-contrast` of impact `serious`; `minor` and `moderate` are left out. */
export function seriousViolations(violations: AxeViolations): AxeViolations {
	return violations.filter((violation) => failingImpacts.has(violation.impact ?? ''));
}

/** One readable paragraph per violation: rule, impact, what to do, and where, e.g. `[serious] color-contrast: ... (https://...)\n    at a.link\n      Fix ...`. */
export function describeViolations(violations: AxeViolations): string {
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
