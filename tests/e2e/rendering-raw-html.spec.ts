/**
 * Raw HTML in notes, built from `tests/fixtures/github-rendering/raw-html/` under the base path:
 * its images load and its links resolve like Markdown ones, and images for one colour mode follow
 * the site's theme picker, not the system setting. Runs in the `rendering` project.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { testBase } from '../../playwright.config.ts';

const files = `${testBase}_files/tests/fixtures/github-rendering/raw-html/attachments/`;

/** Whether an image has loaded a picture (not a broken-image icon). */
async function loaded(image: Locator): Promise<boolean> {
	await image.scrollIntoViewIfNeeded();
	return image.evaluate(async (img: HTMLImageElement) => {
		await img.decode().catch(() => undefined);
		return img.complete && img.naturalWidth > 0;
	});
}

test('a centred, sized raw-HTML image is shipped under the base path, keeps its width and loads', async ({ page }) => {
	await page.goto('raw-html/centered-image/');
	const image = page.getByRole('img', { name: 'Synthetic mascot, centred' });
	await expect(image).toHaveAttribute('src', `${files}mascot.synthetic.png`);
	expect(await loaded(image)).toBe(true);
	const box = (await image.boundingBox())!;
	const column = (await page.locator('div[align="center"]').boundingBox())!;
	expect(box.width).toBe(500);
	expect(Math.abs(box.x + box.width / 2 - (column.x + column.width / 2))).toBeLessThan(1);
});

test('image paths with spaces, %20 and from the repository root load', async ({ page }) => {
	await page.goto('raw-html/image-path-with-spaces/');
	for (const name of ['Synthetic diagram, percent-encoded path', 'Synthetic diagram, path with a space']) {
		const image = page.getByRole('img', { name });
		await expect(image).toHaveAttribute('src', `${files}diagram%20two.synthetic.png`);
		expect(await loaded(image)).toBe(true);
	}
	await page.goto('raw-html/image-from-repository-root/');
	expect(await loaded(page.getByRole('img', { name: 'Synthetic mascot, from the repository root' }))).toBe(true);
});

test('a picture with a source and a video with a poster load their shipped files', async ({ page, request }) => {
	await page.goto('raw-html/picture-with-sources/');
	const picture = page.getByRole('img', { name: 'Synthetic picture with a source' });
	expect(await loaded(picture)).toBe(true);
	expect(await picture.evaluate((img: HTMLImageElement) => img.currentSrc)).toContain(`${files}diagram%20two.synthetic.png`);
	await page.goto('raw-html/video/');
	const video = page.locator('video');
	await expect(video).toHaveAttribute('poster', `${files}poster.synthetic.png`);
	await expect(video).toHaveAttribute('src', `${files}clip.synthetic.webm`);
	await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.readyState)).toBeGreaterThan(0);
	expect(await video.evaluate((element: HTMLVideoElement) => element.error)).toBeNull();
	expect((await request.get(`${files}poster.synthetic.png`)).status()).toBe(200);
});

test('raw-HTML links go to pages under the base path, files on GitHub, other sites as written', async ({ page }) => {
	await page.goto('raw-html/links-to-pages-and-files/');
	for (const [name, href] of [
		['a page next to this one', `${testBase}raw-html/centered-image/`],
		['a page, to its title', `${testBase}raw-html/image-path-with-spaces/#_top`],
		['a page, through the parent folder', `${testBase}raw-html/picture-with-sources/`],
		['a page on another site', 'https://docs.github.com/'],
	] as const) {
		await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
	}
	await expect(page.getByRole('link', { name: 'a file that is not a page' })).toHaveAttribute('href', /^https:\/\/github\.com\/.+\/blob\/.+\/tests\/fixtures\/github-rendering\/raw-html\/attachments\/mascot\.synthetic\.png$/);
	await page.getByRole('link', { name: 'a page next to this one' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Raw HTML: a centred, sized image');
});

test('raw HTML with a / in unquoted values is HTML, as on GitHub: its images load, its links resolve', async ({ page }) => {
	await page.goto('raw-html/unquoted-attributes/');
	for (const [name, file, width] of [
		['Synthetic mascot, unquoted path', 'mascot.synthetic.png', 300],
		['Synthetic poster, unquoted path', 'poster.synthetic.png', 60],
	] as const) {
		const image = page.getByRole('img', { name });
		await expect(image).toHaveAttribute('src', `${files}${file}`);
		expect(await loaded(image)).toBe(true);
		expect((await image.boundingBox())!.width).toBe(width);
	}
	await expect(page.getByText('<img', { exact: false })).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'a file, unquoted' })).toHaveAttribute('href', /^https:\/\/github\.com\/.+\/blob\/.+\/tests\/fixtures\/github-rendering\/raw-html\/attachments\/poster\.synthetic\.png$/);
	const link = page.getByRole('link', { name: 'a page, unquoted' });
	await expect(link).toHaveAttribute('href', `${testBase}raw-html/centered-image/`);
	await link.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Raw HTML: a centred, sized image');
});

test('links to an anchor written in HTML land on it, from Markdown and from HTML', async ({ page }) => {
	for (const name of ['a Markdown link', 'an HTML link']) {
		await page.goto('raw-html/anchor-in-html/');
		const target = page.getByText('Setup: the paragraph the anchor names.');
		await expect(target).not.toBeInViewport();
		await page.getByRole('link', { name, exact: true }).click();
		await expect(page).toHaveURL(/#user-content-setup$/);
		await expect(target).toBeInViewport();
	}
});

test('an address naming the HTML anchor as written lands on it, on load and on a hash change, as on GitHub', async ({ page }) => {
	const target = page.getByText('Setup: the paragraph the anchor names.');
	await page.goto('raw-html/anchor-in-html/#setup');
	await expect(target).toBeInViewport();
	await page.evaluate(() => window.scrollTo(0, 0));
	await expect(target).not.toBeInViewport();
	await page.evaluate(() => (location.hash = '#_top'));
	await page.evaluate(() => (location.hash = '#setup'));
	await expect(target).toBeInViewport();
});

test('a page without anchors in its HTML does not load the script that follows them', async ({ page }) => {
	const moduleScripts = async (path: string) => {
		await page.goto(path);
		return page.locator('script[type="module"]').evaluateAll((scripts) => scripts.map((script) => script.outerHTML));
	};
	const withAnchors = await moduleScripts('raw-html/anchor-in-html/');
	const without = await moduleScripts('raw-html/centered-image/');
	expect(withAnchors.filter((script) => !without.includes(script))).toHaveLength(1);
	expect(without.filter((script) => !withAnchors.includes(script))).toEqual([]);
});

/** Opens a page with the OS in one colour scheme, then picks a theme in Starlight's picker. */
async function pickTheme(page: Page, path: string, system: 'light' | 'dark', picked: 'light' | 'dark') {
	await page.emulateMedia({ colorScheme: system });
	await page.goto(path);
	await page.getByRole('combobox', { name: 'Select theme' }).selectOption(picked);
	await expect(page.locator('html')).toHaveAttribute('data-theme', picked);
}

for (const [picked, system] of [['dark', 'light'], ['light', 'dark']] as const) {
	test.describe(`theme picker on ${picked}, system on ${system}`, () => {
		for (const [path, name] of [
			['raw-html/theme-picture/', 'Synthetic logo'],
			['raw-html/theme-fragment-html/', 'Synthetic logo, HTML'],
			['raw-html/theme-fragment-markdown/', 'Synthetic logo, Markdown'],
		] as const) {
			test(`${path}: only the ${picked} image shows, and it loads`, async ({ page }) => {
				await pickTheme(page, path, system, picked);
				const images = page.getByRole('img', { name, exact: true });
				await expect(images).toHaveCount(1);
				await expect(images).toBeVisible();
				expect(await loaded(images)).toBe(true);
				await expect(images).toHaveAttribute('src', new RegExp(`logo-${picked}\\.synthetic\\.`));
			});
		}
	});
}

test('without JavaScript the dark image shows, as the page is dark', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'light' });
	const page = await context.newPage();
	await page.goto('raw-html/theme-picture/');
	const images = page.getByRole('img', { name: 'Synthetic logo', exact: true });
	await expect(images).toHaveCount(1);
	await expect(images).toHaveAttribute('src', /logo-dark\.synthetic\.png$/);
	await context.close();
});
