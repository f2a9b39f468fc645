/** Page chrome from git and the deployment: last-updated dates, edit links, the 404 page, .nojekyll. */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { testBase } from '../../playwright.config.ts';
import { lastCommitDate, repoRoot } from '../../src/git/git-info.ts';
import { sitemapPagePaths } from './lib/sitemap-pages.ts';

/** The content folder `npm run build:test` publishes (the default one). */
const contentDir = resolve('content');
const seedFile = join(contentDir, 'meetings/2024-11-04.md');
const seedPage = `${testBase}meetings/2024-11-04/`;
const root = repoRoot(resolve('.'))!;

/** The repository file an edit URL opens, found by the longest path suffix that exists. */
function editedFile(editUrl: string): string | undefined {
	const parts = new URL(editUrl).pathname.split('/').map(decodeURIComponent);
	const at = parts.indexOf('edit');
	if (at < 0) return undefined;
	// After /edit/ comes the branch (which may contain slashes), then the path in the repository.
	for (let start = at + 2; start < parts.length; start++) {
		const rel = parts.slice(start).join('/');
		if (existsSync(join(root, rel))) return rel;
	}
	return undefined;
}

/** Markdown files the content loader publishes: all but those whose name starts with `_`. */
function markdownFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name) && !entry.name.startsWith('_'))
		.map((entry) => join(entry.parentPath, entry.name));
}

test('the seed meeting note shows its git date, or no date when git has none', async ({ page }) => {
	await page.goto(seedPage);
	const expected = lastCommitDate(seedFile);
	const stamp = page.locator('footer time');
	if (expected) {
		await expect(page.getByText(/Last updated/)).toBeVisible();
		await expect(stamp).toHaveAttribute('datetime', expected.toISOString());
	} else {
		await expect(page.getByText(/Last updated/)).toHaveCount(0);
	}
});

test('the seed meeting note links to GitHub\'s editor for its own file', async ({ page }) => {
	await page.goto(seedPage);
	const edit = page.getByRole('link', { name: 'Edit this page on GitHub' });
	await expect(edit).toBeVisible();
	const href = (await edit.getAttribute('href'))!;
	expect(href).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/edit\/.+\/content\/meetings\/2024-11-04\.md$/);
	expect(editedFile(href)).toBe('content/meetings/2024-11-04.md');
});

test('every Markdown file of the content folder is a page whose edit link opens that file', async ({ page }) => {
	const edited = new Map<string, string>(); // repository path -> page
	const wrong: string[] = [];
	for (const path of sitemapPagePaths()) {
		await page.goto(path, { waitUntil: 'domcontentloaded' });
		const links = page.getByRole('link', { name: 'Edit this page on GitHub' });
		const count = await links.count();
		if (count === 0) continue; // a page made by the site (a folder listing, credits) has no file to edit
		const href = (await links.first().getAttribute('href'))!;
		const file = editedFile(href);
		if (count > 1) wrong.push(`${path}: ${count} edit links`);
		else if (!file || !/\.mdx?$/.test(file)) wrong.push(`${path}: edit link ${href} opens no Markdown file`);
		else if (edited.has(file)) wrong.push(`${path}: edits ${file}, as ${edited.get(file)} does`);
		else edited.set(file, path);
	}
	for (const file of markdownFiles(contentDir)) {
		const rel = relative(root, file).split(sep).join('/');
		if (!edited.has(rel)) wrong.push(`${rel}: no page has an edit link to it`);
	}
	expect(wrong.length, wrong.join('\n')).toBe(0);
});

test('a missing page answers 404 with a way back, under the base path', async ({ page }) => {
	const response = await page.goto(`${testBase}no/such/page/`);
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
	await expect(page.getByRole('button', { name: /^Search/ })).toBeVisible();
	const start = page.getByRole('link', { name: 'Go to the start page' });
	await expect(start).toHaveAttribute('href', testBase);
	await start.click();
	await expect(page).toHaveURL(new RegExp(`${testBase}$`));
	await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
});

test('the 404 page offers every section, and each of those links works', async ({ page, request }) => {
	await page.goto(`${testBase}no-such-page/`);
	const hero = page.locator('.hero .sl-link-button');
	const hrefs = await hero.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
	const folders = new Set(sitemapPagePaths().map((path) => path.slice(testBase.length).split('/').filter(Boolean)).filter((s) => s.length > 1).map((s) => s[0]));
	for (const folder of folders) {
		expect(hrefs.some((href) => href.startsWith(`${testBase}${folder}/`)), `a 404 button leads into ${folder}/`).toBe(true);
	}
	for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
});

test('.nojekyll is published, so GitHub Pages serves the _astro folder as is', async ({ request }) => {
	expect((await request.get(`${testBase}.nojekyll`)).status()).toBe(200);
});
