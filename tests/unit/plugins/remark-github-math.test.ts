/**
 * GitHub's dollar rules, one case a line: the Markdown and the HTML the remark phase gives
 * (`<code class="language-math ...">` is what rehype-github-math.ts then draws). Cases from
 * GitHub's documentation and comrak's math_dollars tests, plus prices and shell variables.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { remarkGithubMath } from '../../../src/plugins/remark-github-math.ts';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkGithubMath).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeStringify, { allowDangerousHtml: true });

async function html(markdown: string): Promise<string> {
	return String(await processor.process(markdown)).trim();
}

const inline = (tex: string) => `<code class="language-math math-inline">${tex}</code>`;

const cases: [string, string][] = [
	['a $x$ b', `<p>a ${inline('x')} b</p>`],
	['$\\sqrt{3x-1}+(1+x)^2$', `<p>${inline('\\sqrt{3x-1}+(1+x)^2')}</p>`],
	['it costs $5 and $10', '<p>it costs $5 and $10</p>'],
	['$PATH and $HOME', '<p>$PATH and $HOME</p>'],
	['$x$5', '<p>$x$5</p>'],
	['$ x$ and $x $', '<p>$ x$ and $x $</p>'],
	['$22 and $2+2$', `<p>$22 and ${inline('2+2')}</p>`],
	['$\\alpha$$\\beta$', `<p>${inline('\\alpha')}${inline('\\beta')}</p>`],
	['$1+\\$2$', `<p>${inline('1+\\$2')}</p>`],
	['To split <span>$</span>100 in half, we calculate $100/2$', `<p>To split <span>$</span>100 in half, we calculate ${inline('100/2')}</p>`],
	['a $x\ny$ b', '<p>a $x\ny$ b</p>'],
	['$`\\sqrt{\\$4}`$', `<p>${inline('\\sqrt{\\$4}')}</p>`],
	['$`a`b`$', `<p>${inline('a`b')}</p>`],
	['x $$a + b$$ y', `<p>x ${inline('a + b')} y</p>`],
	['`$x$` and `$5 and $10`', '<p><code>$x$</code> and <code>$5 and $10</code></p>'],
	['\\$x$', '<p>$x$</p>'],
	['$$\nE=mc^2\n$$', '<pre><code class="language-math math-display">E=mc^2</code></pre>'],
	['```math\nx^2\n```', '<pre><code class="language-math">x^2\n</code></pre>'],
	['```\n$x$\n```', '<pre><code>$x$\n</code></pre>'],
];

for (const [markdown, expected] of cases) {
	test(JSON.stringify(markdown), async () => {
		assert.equal(await html(markdown), expected);
	});
}
