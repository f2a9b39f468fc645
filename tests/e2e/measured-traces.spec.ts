/**
 * The measured traces on the main site: credited as measured by the wasm-operator project, and
 * the numbers the pages quote are the ones computed from the committed data.
 */
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { analyzeTrace } from '../../src/trace/analysis/analysis.ts';
import { traceSummary } from '../../src/trace/analysis/trace-summary.ts';
import { importTraceFile } from '../../src/trace/import/import.ts';
import { formatFigure } from '../../src/embeds/trace/trace-figure-reference.ts';

const persona = resolve('content/reconcile_testing_operators/traces/third-party/traces_persona.csv');

test('the measured Percona trace is credited in its viewer and on the Credits page', async ({ page }) => {
	await page.goto('reconcile_testing_operators/measured-traces/');
	const viewer = page.locator('trace-viewer').filter({ hasText: 'Percona Server for MongoDB operator, reconcile starts' });
	await expect(viewer.getByText('measured (by the wasm-operator project)')).toBeVisible();
	await expect(viewer.locator('.tv-badge', { hasText: 'synthetic' })).toHaveCount(0);
	await expect(viewer.getByRole('link', { name: /Reconcile start times of the Percona Server for MongoDB operator/ })).toHaveAttribute(
		'href',
		'https://github.com/idlab-discover/wasm-operator/blob/d91e9cfb0e886c1512165ba5fcf76dd8b26c17e9/controllers/value-changer/traces_backup/traces_persona.csv',
	);
	await page.goto('credits/');
	await expect(page.locator('[data-credit-path="reconcile_testing_operators/traces/third-party/traces_persona.csv"]')).toContainText('Measured data (by the wasm-operator project)');
});

test('the memory page quotes the simulation of the measured trace, as computed from the data', async ({ page }) => {
	await page.goto('findings/why-wake-ups-cost-memory/');
	const figure = (name: string) => page.locator(`a.figure-number[data-figure="${name}"]`);
	await expect(page.getByText('computed from the trace')).toHaveCount(0);
	const trace = importTraceFile(persona);
	const on = traceSummary(trace, analyzeTrace(trace)).lanes[0];
	const off = traceSummary(trace, analyzeTrace(trace, { policy: { idleMs: 1000, leadMs: 1000, graceMs: 1000, prediction: false } })).lanes[0];
	await expect(figure('wakeupsPerMinute').first()).toHaveText(formatFigure('wakeupsPerMinute', on.wakeupsPerMinute!));
	await expect(figure('unload.loadedFraction')).toHaveText([formatFigure('loadedFraction', on.unload.loadedFraction!), formatFigure('loadedFraction', off.unload.loadedFraction!)]);
	await expect(figure('unload.coldStarts')).toHaveText([String(on.unload.coldStarts), String(off.unload.coldStarts)]);
	await expect(figure('unload.predictionHits')).toHaveText(String(on.unload.predictionHits));
});

test('focusing a figure shows what it was computed from, and it is the link\'s description; Escape closes it', async ({ page }) => {
	await page.goto('reconcile_testing_operators/measured-traces/');
	const number = page.getByRole('link', { name: '11.5', exact: true });
	await expect(number).toHaveAccessibleDescription('Computed at build time: wakeupsPerMinute of traces_persona.csv');
	const note = page.getByRole('tooltip', { name: /wakeupsPerMinute of traces_persona\.csv/ });
	await expect(note).toBeHidden();
	await number.focus();
	await expect(note).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(note).toBeHidden();
	await expect(number).toBeFocused();
});
