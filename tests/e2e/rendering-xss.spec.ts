/**
 * The XSS corpus, `tests/fixtures/github-rendering/xss/`: one attack a page, between the lines
 * "Text before the vector." and "Text after the vector.". Every handler in it would set the
 * document title to `XSS` and open a dialog. In Chromium, on the built site: no dialog opens, the
 * title stays, the page does not navigate, clicking the vector's links and buttons does nothing,
 * and the page and the text around the vector stay visible. Some vectors do nothing in Chromium
 * anyway (`vbscript:`, `<embed src="javascript:...">`), so the page is also checked for what
 * GitHub would have removed: no element outside its allowlist, no `on*`/`style`/`srcdoc`
 * attribute, no URL with a script or `data:` scheme.
 * Runs in the `rendering` project.
 */
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const corpus = 'tests/fixtures/github-rendering/xss';
const cases = readdirSync(corpus).filter((name) => name.endsWith('.md') && name !== 'README.md').map((name) => name.slice(0, -3)).sort();

/** Text inside a vector that must survive as well (what GitHub shows of it). */
const keptText: Record<string, string> = {
	'style-attribute': 'Text styled to be hidden.',
	object: 'Object fallback.',
	ontoggle: 'Inside the details.',
	'form-javascript-action': 'Send the form',
	'javascript-link': 'A javascript link',
	'javascript-markdown-link': 'A javascript Markdown link',
	'entity-javascript-link': 'An obfuscated link',
	script: "<script>document.title='XSS';alert(1)</script>",
};

test('the corpus has every vector of the issue', () => {
	expect(cases).toEqual(expect.arrayContaining(['script', 'style', 'style-attribute', 'iframe-src', 'iframe-srcdoc', 'object', 'embed', 'form-javascript-action', 'onerror', 'ontoggle', 'onfocus-autofocus', 'javascript-link', 'entity-javascript-link', 'vbscript-link', 'data-html-link', 'svg-script', 'meta-refresh', 'base', 'mxss-math-style']));
});

for (const name of cases) {
	test(`${name}: nothing runs, nothing navigates, the text around it stays`, async ({ page }) => {
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		const url = new URL(`xss/${name}/`, test.info().project.use.baseURL).href;
		await page.goto(url);
		// Handlers on failing images and refresh timers fire around load: wait for both to be over.
		await page.waitForLoadState('load');
		await page.waitForFunction(() => [...document.images].every((image) => image.complete));
		const content = page.locator('.sl-markdown-content');
		for (const link of await content.locator('a:not([href^="http"])').all()) await link.click();
		for (const summary of await content.locator('summary').all()) await summary.click();
		for (const button of await content.locator('button:not(.starlight-image-zoom-control)').all()) await button.click();
		await page.keyboard.press('Tab');

		expect(dialogs).toEqual([]);
		expect(await page.title()).not.toBe('XSS');
		expect(page.url()).toBe(url);
		expect(await page.evaluate(() => document.baseURI)).toBe(url);
		const found = await content.evaluate((root) => {
			// The site's own markup in a page's content: the zoom button (with its icon) of images.
			const elements = [...root.querySelectorAll('*')].filter((element) => !element.closest('.starlight-image-zoom-control'));
			return {
				elements: elements.map((element) => element.localName).filter((tag) => /^(script|style|iframe|object|embed|form|input|button|meta|base|link|svg|math|mtext|mglyph)$/.test(tag)),
				attributes: elements.flatMap((element) => element.getAttributeNames()).filter((attribute) => /^on|^(style|srcdoc|formaction)$/.test(attribute)),
				urls: elements.flatMap((element) => ['href', 'src', 'action', 'data', 'poster', 'srcset', 'xlink:href'].map((name) => element.getAttribute(name) ?? '')).filter((value) => /^\s*(javascript|vbscript|data):/i.test(value)),
			};
		});
		expect(found).toEqual({ elements: [], attributes: [], urls: [] });
		await expect(page.locator('main')).toBeVisible();
		await expect(content.getByText('Text before the vector.')).toBeVisible();
		await expect(content.getByText('Text after the vector.')).toBeVisible();
		if (keptText[name]) await expect(content.getByText(keptText[name], { exact: false })).toBeVisible();
	});
}
