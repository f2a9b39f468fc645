/**
 * Math drawn by KaTeX at build time: the HTML and MathML, display math also inside a line, and a
 * `file:line` warning for TeX that does not parse (the source then shows as written).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { rehypeGithubMath } from '../../../src/plugins/rehype-github-math.ts';
import { remarkGithubMath } from '../../../src/plugins/remark-github-math.ts';
import { fixturesDir } from './render-fixture.ts';

/** Renders a fixture of tests/fixtures/markdown/; `sanitize` runs GitHub's sanitize schema first, as a site may. */
async function render(name: string, options: { sanitize?: boolean } = {}): Promise<{ html: string; warnings: string[] }> {
	const warnings: string[] = [];
	const path = join(fixturesDir, `${name}.md`);
	const processor = unified().use(remarkParse).use(remarkGithubMath).use(remarkRehype);
	if (options.sanitize) processor.use(rehypeSanitize);
	processor.use(rehypeGithubMath, { warn: (message: string) => warnings.push(message) }).use(rehypeStringify);
	const html = String(await processor.process(new VFile({ path, value: readFileSync(path, 'utf8') })));
	return { html, warnings };
}

/** How many times `pattern` occurs in `text`. */
function count(text: string, pattern: RegExp): number {
	return [...text.matchAll(new RegExp(pattern, 'g'))].length;
}

test('every formula becomes KaTeX HTML with MathML; $$ inside a line and ```math blocks are display math', async () => {
	const { html, warnings } = await render('math-inline-and-blocks');
	assert.deepEqual(warnings, []);
	assert.equal(count(html, /<span class="katex">/), 5);
	assert.equal(count(html, /<math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML"/), 5);
	assert.equal(count(html, /<span class="katex-display">/), 3);
	assert.doesNotMatch(html, /language-math|<pre>/);
	assert.match(html, /<annotation encoding="application\/x-tex">\\sqrt\{\\\$4\}<\/annotation>/);
});

test('display math is told apart by its source, so it survives a sanitize step that drops the classes', async () => {
	const { html } = await render('math-inline-and-blocks', { sanitize: true });
	assert.equal(count(html, /<span class="katex">/), 5);
	assert.equal(count(html, /<span class="katex-display">/), 3);
});

test('TeX that does not parse: a file:line warning each, the source shown as written, the rest drawn', async () => {
	const { html, warnings } = await render('math-invalid-tex');
	const file = relative(process.cwd(), join(fixturesDir, 'math-invalid-tex.md'));
	assert.deepEqual(warnings, [
		`${file}:3: math is not valid TeX, shown as written: Unexpected end of input in a macro argument, expected '}' in "\\frac{1}{"`,
		`${file}:5: math is not valid TeX, shown as written: Expected & or \\\\ or \\cr or \\end in "\\begin{matrix} a"`,
	]);
	assert.match(html, /<span class="katex-error" title="[^"]+" style="color:var\(--sl-color-red-high\)">\\frac\{1\}\{<\/span>/);
	assert.equal(count(html, /<span class="katex">/), 1);
});

test('a page without math is left alone', async () => {
	const { html, warnings } = await render('math-dollars-stay-text');
	assert.deepEqual(warnings, []);
	assert.doesNotMatch(html, /katex/);
	assert.match(html, /<p>It costs \$5 and \$10, and reads \$PATH and \$HOME\.<\/p>/);
});
