/**
 * Mermaid diagrams keep their words (tests/fixtures/github-rendering/diagrams/): the image shown
 * in each theme is named by the diagram's accTitle/accDescr, else by its labels, and search finds
 * a page by a word that only its diagram holds.
 */
import { expect, test } from '@playwright/test';
import { testBase } from '../../playwright.config.ts';
import { openInTheme } from './lib/open-in-theme.ts';
import { openSearch } from './lib/open-search.ts';

for (const theme of ['light', 'dark'] as const) {
	test(`a diagram's image is named by its node and edge labels (${theme} theme)`, async ({ page }) => {
		await openInTheme(page, 'diagrams/flowchart-labels/', theme);
		const image = page.getByRole('img', { name: 'Flowchart diagram: Watch event, Hibernaculum wakes, Unload, requeue after 5 s, nothing changed', exact: true });
		// One image per theme; only the one of the current theme is shown (and in the accessibility tree).
		await expect(image).toHaveCount(1);
		await expect(image).toBeVisible();
		await expect(image).toHaveClass(`mermaid-diagram__${theme}`);
	});
}

test('accTitle and accDescr name the image instead of the labels', async ({ page }) => {
	await page.goto('diagrams/accessible-title/');
	await expect(page.getByRole('img', { name: 'Operator lifecycle: The runtime loads the operator on an event and unloads it when idle.', exact: true })).toBeVisible();
});

test('two diagrams on one page each keep their own words', async ({ page }) => {
	await page.goto('diagrams/two-diagrams/');
	await expect(page.getByRole('img', { name: /^Flowchart diagram: First diagram start, First diagram end$/ })).toBeVisible();
	await expect(page.getByRole('img', { name: /^Sequence diagram: .*Controller.*, watch, event$/ })).toBeVisible();
	expect(await page.locator('[id]').evaluateAll((elements) => {
		const ids = elements.map((element) => element.id);
		return ids.filter((id, index) => ids.indexOf(id) !== index);
	})).toEqual([]);
});

test('search finds a page by a word that only its diagram holds', async ({ page }) => {
	const dialog = await openSearch(page, 'diagrams/flowchart-labels/');
	// The word is in no text of the page but the diagram's.
	const text = await page.locator('.sl-markdown-content').evaluate((element) => (element as HTMLElement).innerText);
	expect(text).not.toContain('Hibernaculum');
	await dialog.getByRole('textbox').fill('Hibernaculum');
	await expect(dialog.locator(`.pagefind-ui__result-link[href="${testBase}diagrams/flowchart-labels/"]`)).toBeVisible();
	await expect(dialog.locator('.pagefind-ui__result')).toHaveCount(1);
});
