/**
 * "Linked from": every page ends with the pages that link to it, each with the sentence of its
 * link, built into the HTML. Runs on the gfm fixture site, whose glossary has three inbound links:
 * two written by hand and one made by the glossary's automatic linking, which is left out.
 */
import { expect, test } from '@playwright/test';
import { testBase } from '../../playwright.config.ts';

test('the glossary lists its two written links, newest meeting first, each with its sentence and linking words', async ({ page }) => {
	await page.goto('glossary/');
	const section = page.getByRole('region', { name: 'Linked from' });
	await expect(section.getByRole('heading', { level: 2 })).toHaveText('Linked from');
	const items = section.getByRole('listitem');
	await expect(items).toHaveCount(2);
	await expect(items.nth(0).getByRole('link')).toHaveText('Notes - Meeting 02/12/24');
	await expect(items.nth(0).getByRole('link')).toHaveAttribute('href', `${testBase}meeting-notes/sync-with-counselor/`);
	await expect(items.nth(0).locator('time')).toHaveAttribute('datetime', '2024-12-02');
	await expect(items.nth(0).locator('p')).toHaveText("We agreed to write down what drift means before the next report, and to measure it on the kick-off's traces.");
	await expect(items.nth(0).locator('mark')).toHaveText('drift');
	await expect(items.nth(1).getByRole('link')).toHaveText('Design documents');
	await expect(items.nth(1).locator('p')).toHaveText('Words with a meaning of their own are explained in the glossary.');
	await expect(items.nth(1).locator('mark')).toHaveText('the glossary');
});

test('the third inbound link, the automatic glossary link, is on its page but not in the list', async ({ page }) => {
	await page.goto('design-docs/reconcile-loop/');
	await expect(page.locator('.sl-markdown-content').getByRole('link', { name: 'drift', exact: true })).toHaveAttribute('href', `${testBase}glossary/#drift`);
	await page.goto('glossary/');
	await expect(page.getByRole('region', { name: 'Linked from' }).getByRole('link', { name: 'The reconcile loop' })).toHaveCount(0);
});

test('a page does not list its own links to itself; the section is outside the Markdown body and out of search', async ({ page }) => {
	await page.goto('./');
	const section = page.getByRole('region', { name: 'Linked from' });
	await expect(section.getByRole('listitem').getByRole('link')).toHaveText(['The reconcile loop']);
	await expect(section.locator('mark')).toHaveText(['the start page']);
	await expect(page.locator('.sl-markdown-content .linked-from')).toHaveCount(0);
	await expect(section).toHaveAttribute('data-pagefind-ignore', '');
});

test('a page nothing links to says so', async ({ page }) => {
	await page.goto('meeting-notes/sync-with-counselor/');
	await expect(page.getByRole('region', { name: 'Linked from' })).toContainText('No other page links here yet.');
	await expect(page.getByRole('region', { name: 'Linked from' }).getByRole('listitem')).toHaveCount(0);
});
