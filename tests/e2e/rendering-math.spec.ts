/**
 * Math as GitHub writes it, drawn at build time (tests/fixtures/github-rendering/math/): KaTeX's
 * HTML is what the eye sees and MathML what a screen reader gets; dollars that are no math stay
 * text; the stylesheet and its fonts load under the base path, only on pages with math, and no
 * math script reaches the browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { testBase } from '../../playwright.config.ts';
import { sitemapPagePaths } from './lib/sitemap-pages.ts';
import { testSites } from './lib/test-sites.ts';

const builtDir = testSites.rendering.outDir;
const stylesheet = `${testBase}_katex/katex.min.css`;

for (const [path, display] of [
	['math/inline-dollars/', false],
	['math/inline-backticks/', false],
	['math/display-block/', true],
	['math/display-in-line/', true],
	['math/fenced-math-block/', true],
] as const) {
	test(`${path}: the math is drawn (${display ? 'a block' : 'inline'}), with MathML for screen readers`, async ({ page }) => {
		await page.goto(path);
		const content = page.locator('.sl-markdown-content');
		const formulas = content.getByRole('math');
		expect(await formulas.count()).toBeGreaterThan(0);
		for (const formula of await formulas.all()) {
			// The MathML keeps the TeX it was made from, as an annotation.
			await expect(formula.locator('annotation[encoding="application/x-tex"]')).not.toBeEmpty();
		}
		await expect(content.locator('.katex-html').first()).toBeVisible();
		await expect(content.locator('.katex-display')).toHaveCount(display ? 1 : 0);
		// Outside the drawn math, no delimiter and no TeX command is left.
		const around = await content.evaluate((element) => {
			const copy = element.cloneNode(true) as HTMLElement;
			for (const math of copy.querySelectorAll('.katex')) math.remove();
			return copy.textContent ?? '';
		});
		expect(around).not.toMatch(/\$|\\[a-z]+|```/);
	});
}

test('dollars that are no math, and anything in code, stay as written', async ({ page }) => {
	await page.goto('math/dollars-stay-text/');
	const content = page.locator('.sl-markdown-content');
	await expect(content.getByText('The cluster costs $5 and $10 a month, depending on the node size.')).toBeVisible();
	await expect(content.getByText('falls back to $HOME/.kube/config when $PATH has no kubectl.')).toBeVisible();
	await expect(content.locator('code', { hasText: '$x$' })).toBeVisible();
	await expect(content.locator('pre')).toContainText('echo "$HOME costs $5"');
	await expect(content.getByRole('math')).toHaveCount(0);
	await expect(page.locator(`link[href="${stylesheet}"]`)).toHaveCount(0);
});

test('TeX that does not parse is shown as written, and the rest of the page still renders', async ({ page }) => {
	await page.goto('math/invalid-tex/');
	const content = page.locator('.sl-markdown-content');
	await expect(content.locator('.katex-error')).toHaveText('\\frac{1}{');
	await expect(content.getByText('and the text goes on.')).toBeVisible();
	await expect(content.getByRole('math')).toHaveCount(1);
});

test('the math stylesheet and its fonts load under the base path', async ({ page }) => {
	const fonts: string[] = [];
	const failures: string[] = [];
	page.on('response', (response) => {
		const path = new URL(response.url()).pathname;
		if (response.status() >= 400) failures.push(`${response.status()} ${path}`);
		else if (path.startsWith(`${testBase}_katex/fonts/`)) fonts.push(path);
	});
	page.on('requestfailed', (request) => failures.push(`failed ${request.url()}`));
	await page.goto('math/display-block/');
	await expect(page.locator(`head link[rel="stylesheet"][href="${stylesheet}"]`)).toHaveCount(1);
	await page.evaluate(() => document.fonts.ready);
	expect(await page.evaluate(() => document.fonts.check('1em KaTeX_Main') && document.fonts.check('1em KaTeX_Math'))).toBe(true);
	expect(fonts.length, 'KaTeX fonts requested').toBeGreaterThan(0);
	expect(failures).toEqual([]);
});

test('only pages with math link the math stylesheet', async ({ request }) => {
	const linking: string[] = [];
	const withMath: string[] = [];
	for (const path of sitemapPagePaths(builtDir)) {
		const html = await (await request.get(path)).text();
		if (html.includes(`href="${stylesheet}"`)) linking.push(path);
		if (html.includes('class="katex"')) withMath.push(path);
	}
	expect(withMath.length).toBeGreaterThan(0);
	expect(linking).toEqual(withMath);
	expect(linking).not.toContain(`${testBase}emoji/known-shortcodes/`);
});

test('no math JavaScript is shipped: the built scripts do not contain KaTeX', () => {
	const scripts = readdirSync(join(builtDir, '_astro')).filter((name) => name.endsWith('.js'));
	expect(scripts.length).toBeGreaterThan(0);
	const withKatex = scripts.filter((name) => /katex/i.test(name) || readFileSync(join(builtDir, '_astro', name), 'utf8').includes('katex'));
	expect(withKatex).toEqual([]);
	for (const path of sitemapPagePaths(builtDir)) {
		const html = readFileSync(join(builtDir, path.slice(testBase.length), 'index.html'), 'utf8');
		const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[0]);
		expect(inline.filter((script) => /katex/i.test(script)), path).toEqual([]);
	}
});
