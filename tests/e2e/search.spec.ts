/** Pagefind search on the built site: finds the seed meeting note and filters by section. */
import { expect, test, type Page } from '@playwright/test';
import { testBase } from '../../playwright.config.ts';
import { openSearch } from './lib/open-search.ts';
import { sitemapPagePaths } from './lib/sitemap-pages.ts';

/** The seed meeting note's page, `content/meetings/2024-11-04.md`. */
const seedNote = `${testBase}meetings/2024-11-04/`;

async function search(page: Page, query: string) {
	const dialog = await openSearch(page, './');
	await dialog.getByRole('textbox').fill(query);
	return dialog;
}

/** Result page URLs (no #anchors) shown in the search dialog. */
async function resultPages(dialog: ReturnType<Page['getByRole']>): Promise<string[]> {
	const hrefs = await dialog.locator('.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title a').evaluateAll(
		(links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
	);
	return hrefs;
}

/** The section a page declares to Pagefind. */
async function sectionOf(page: Page, path: string): Promise<string> {
	const html = await (await page.request.get(path)).text();
	const match = html.match(/<meta data-pagefind-filter="section\[content\]" content="([^"]*)"/);
	if (!match) throw new Error(`${path} declares no Pagefind section filter`);
	return match[1];
}

test('searching for RESYNC_PERIOD finds the seed meeting note under the base path', async ({ page }) => {
	const dialog = await search(page, 'RESYNC_PERIOD');
	await expect(dialog.locator(`.pagefind-ui__result-link[href="${seedNote}"]`)).toBeVisible();
	for (const path of await resultPages(dialog)) expect(path.startsWith(testBase), `${path} under ${testBase}`).toBe(true);
});

test('the section filter is shown and narrows the results to one section', async ({ page }) => {
	const seedSection = await sectionOf(page, seedNote);
	const dialog = await search(page, 'RESYNC_PERIOD');
	await expect(dialog.locator(`.pagefind-ui__result-link[href="${seedNote}"]`)).toBeVisible();

	const filters = dialog.getByRole('group', { name: 'section' });
	await expect(filters).toBeVisible();
	const seedBox = filters.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(seedSection)} \\(\\d+\\)$`) });
	await expect(seedBox).toBeVisible();

	await seedBox.check();
	await expect(dialog.locator('.pagefind-ui__result')).toHaveCount(await filterCount(filters, seedSection));
	await expect(dialog.locator(`.pagefind-ui__result-link[href="${seedNote}"]`)).toBeVisible();
	for (const path of await resultPages(dialog)) expect(await sectionOf(page, path)).toBe(seedSection);

	// Any other section with results for the word must leave the meeting note out.
	const sections = await filters.getByRole('checkbox').evaluateAll((boxes) =>
		boxes.map((box) => (box as HTMLInputElement).value),
	);
	const otherSection = sections.find((value) => value !== seedSection);
	test.skip(!otherSection, 'only one section has results for RESYNC_PERIOD');
	await seedBox.uncheck();
	await filters.locator(`input[value="${otherSection}"]`).check();
	await expect(dialog.locator('.pagefind-ui__result')).toHaveCount(await filterCount(filters, otherSection!));
	await expect(dialog.locator(`.pagefind-ui__result-link[href="${seedNote}"]`)).toHaveCount(0);
	for (const path of await resultPages(dialog)) expect(await sectionOf(page, path)).toBe(otherSection);
});

test('the search index holds every page of the sitemap, and each says which section it is in', async ({ page, request }) => {
	const entry = await (await request.get('pagefind/pagefind-entry.json')).json();
	const indexed = Object.values(entry.languages as Record<string, { page_count: number }>).reduce((sum, lang) => sum + lang.page_count, 0);
	const pages = sitemapPagePaths();
	expect(indexed).toBe(pages.length);
	for (const path of pages) expect((await sectionOf(page, path)).length, `${path} section label`).toBeGreaterThan(0);
});

/** The result count Pagefind shows next to a filter value, e.g. `Meetings (1)` -> 1. */
async function filterCount(filters: ReturnType<Page['getByRole']>, value: string): Promise<number> {
	const label = await filters.locator(`label[for="${await filters.locator(`input[value="${value}"]`).getAttribute('id')}"]`).textContent();
	const match = label?.match(/\((\d+)\)\s*$/);
	if (!match) throw new Error(`filter ${value} shows no count: "${label}"`);
	return Number(match[1]);
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
