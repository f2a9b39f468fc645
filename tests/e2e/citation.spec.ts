import { expect, test } from '@playwright/test';
import { testBase } from '../../playwright.config.ts';
import { sitemapPagePaths } from './lib/sitemap-pages.ts';

const meetingPage = 'meetings/2024-11-04/';
const architecturePage = 'findings/controller-runtime-architecture/';
const today = new Date().toISOString().slice(0, 10);

test.describe('cite this page', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('the copy buttons put BibTeX, APA and CSL-JSON on the clipboard and say so', async ({ page }) => {
		await page.goto(meetingPage);
		const block = page.getByRole('region', { name: 'Cite this page' });
		const status = block.getByRole('status');
		const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

		await block.getByRole('button', { name: 'Copy BibTeX citation' }).click();
		await expect(status).toHaveText('BibTeX citation copied to the clipboard.');
		const bibtex = await clipboard();
		expect(bibtex).toMatch(/^@online\{haegeman-meetings-2024-11-04,\n/);
		expect(bibtex).toContain('  author       = {Haegeman, Robbe},');
		expect(bibtex).toContain(`  urldate      = {${today}},`); // the reader's date, not the build's

		// Keyboard only: focus the APA button and press Enter.
		await block.getByRole('button', { name: 'Copy APA citation' }).focus();
		await page.keyboard.press('Enter');
		await expect(status).toHaveText('APA citation copied to the clipboard.');
		const apa = await clipboard();
		expect(apa).toMatch(/^Haegeman, R\. \(\d{4}, [A-Z][a-z]+ \d{1,2}\)\. /);
		expect(apa).toBe(await block.locator('p.apa').innerText());

		await block.getByRole('button', { name: 'Copy CSL-JSON citation' }).press('Space');
		await expect(status).toHaveText('CSL-JSON citation copied to the clipboard.');
		const [item] = JSON.parse(await clipboard());
		expect(item).toMatchObject({ type: 'webpage', id: 'haegeman-meetings-2024-11-04', author: [{ family: 'Haegeman', given: 'Robbe' }] });
		expect(item.URL).toBe(`https://example.github.io${testBase}${meetingPage}`);
	});

	test('the version anchor names the build commit and links to this version of the source', async ({ page }) => {
		await page.goto(meetingPage);
		const block = page.getByRole('region', { name: 'Cite this page' });
		const commit = await block.locator('code[data-commit]').getAttribute('data-commit');
		expect(commit).toMatch(/^[0-9a-f]{40}$/);
		await expect(block.getByRole('link', { name: 'Source of this version on GitHub' })).toHaveAttribute(
			'href',
			new RegExp(`^https://github\\.com/[^/]+/[^/]+/blob/${commit}/content/meetings/2024-11-04\\.md$`),
		);
		await expect(block.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
	});
});

test('every page in the sitemap carries the Highwire citation tags', async ({ request }) => {
	const paths = sitemapPagePaths();
	expect(paths.length).toBeGreaterThan(3);
	for (const path of paths) {
		const html = await (await request.get(path)).text();
		const meta = (name: string) => [...html.matchAll(new RegExp(`<meta name="${name}" content="([^"]*)"`, 'g'))].map((m) => m[1]);
		expect(meta('citation_title'), path).toHaveLength(1);
		expect(meta('citation_title')[0], path).not.toBe('');
		expect(meta('citation_author').length, path).toBeGreaterThan(0);
		expect([...meta('citation_publication_date'), ...meta('citation_online_date')].length, path).toBeGreaterThan(0);
		for (const date of [...meta('citation_publication_date'), ...meta('citation_online_date')]) expect(date, path).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
		expect(meta('citation_public_url'), path).toEqual([`https://example.github.io${path}`]);
		expect(meta('citation_publisher'), path).toHaveLength(1);
	}
});

test('the Credits page lists the Kubebuilder diagram with its licence and the browser packages', async ({ page }) => {
	await page.goto('credits/');
	const entry = page.locator('li[data-credit-path="findings/third-party/kubebuilder-architecture.svg"]');
	await expect(entry).toContainText('Adapted from Architecture concept diagram (The Kubebuilder Book) by The Kubernetes Authors');
	await expect(entry).toContainText('kubebuilder-architecture.dark.svg');
	await expect(entry.getByRole('link', { name: 'Apache-2.0' })).toHaveAttribute('href', 'https://www.apache.org/licenses/LICENSE-2.0');
	await expect(page.getByRole('cell', { name: 'starlight-image-zoom' })).toBeVisible();
	const ownLicence = page.getByText('The text and the figures drawn for this site are by Robbe Haegeman');
	await expect(ownLicence.getByRole('link', { name: 'Creative Commons Attribution 4.0 International' })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
});

test('every cite block links to the Credits page', async ({ page }) => {
	await page.goto(architecturePage);
	await page.getByRole('region', { name: 'Cite this page' }).getByRole('link', { name: 'Credits and licences' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Credits' })).toBeVisible();
});

test('page URLs come from file paths and headings carry slug anchors', async ({ page }) => {
	await page.goto(architecturePage);
	// The file is controller-runtime-architecture.md; its title ("The controller-runtime architecture") differs.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The controller-runtime architecture');
	await expect(page.locator('h2#the-parts-of-an-operator')).toHaveText('The parts of an operator');
	await expect(page.locator('h2#the-reconcile-loop-and-where-a-scheduled-wake-up-enters')).toBeVisible();
});

test.describe('credited figures', () => {
	for (const theme of ['light', 'dark'] as const) {
		test(`${theme} theme: the ${theme} drawing shows, and zooming keeps caption and credit`, async ({ page }) => {
			await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
			await page.goto(architecturePage);
			const figure = page.locator('figure.credited-figure').first();
			const other = theme === 'light' ? 'dark' : 'light';
			await expect(figure.locator(`.figure-theme-${theme} img`)).toBeVisible();
			await expect(figure.locator(`.figure-theme-${other} img`)).toBeHidden();
			await expect(figure.locator('figcaption')).toContainText('Adapted from');

			const dialog = page.locator('dialog.starlight-image-zoom-dialog');
			// The zoom button is wired by a script that may still be starting on a busy machine: click until it opens.
			await expect(async () => {
				await figure.locator(`.figure-theme-${theme} img`).click();
				await expect(dialog).toBeVisible({ timeout: 1000 });
			}).toPass();
			const caption = dialog.locator('figcaption');
			await expect(caption).toBeVisible();
			await expect(caption).toContainText('The parts of a controller-runtime operator');
			await expect(caption.getByRole('link', { name: 'Apache-2.0' })).toBeVisible();
			await page.keyboard.press('Escape');
			await expect(dialog).toHaveCount(0);
		});
	}
});
