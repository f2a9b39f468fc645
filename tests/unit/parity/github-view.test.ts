/**
 * github.com's steps after cmark-gfm (sanitizing, alerts, emoji, the footnotes label), on cmark-gfm
 * output written out here, so these run without cmark-gfm; one test renders with it when present.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toHtml } from 'hast-util-to-html';
import { cmarkGfmInstallHint, cmarkGfmVersion } from '../../../scripts/lib/parity/cmark-gfm.ts';
import { githubView } from '../../../scripts/lib/parity/github-view.ts';

/** githubView with cmark-gfm replaced by a fixed output; records what it was given. */
function viewOf(cmarkOutput: string, source = '') {
	const seen: string[] = [];
	const tree = githubView(source, (markdown) => {
		seen.push(markdown);
		return cmarkOutput;
	});
	return { html: toHtml(tree), seen };
}

test('raw HTML is sanitized with GitHub\'s allowlist', () => {
	const { html } = viewOf('<p><img src="x.png" onerror="alert(1)"> <a href="javascript:alert(1)">j</a></p>\n<div style="color:red">s</div>\n<iframe src="https://example.org/"></iframe>');
	assert.equal(html, '<p><img src="x.png"> <a>j</a></p>\n<div>s</div>\n');
});

test('an alert gets github.com\'s markup and title', () => {
	const { html } = viewOf('<blockquote>\n<p>[!NOTE]\nRead <em>this</em>.</p>\n</blockquote>');
	assert.match(html, /^<div class="markdown-alert markdown-alert-note"><p class="markdown-alert-title"><svg[^]*<\/svg>Note<\/p><p>Read <em>this<\/em>.<\/p>\n<\/div>$/);
});

test('emoji shortcodes become the emoji, except in code; unknown ones stay', () => {
	assert.equal(viewOf('<p>:tada: :+1: :not_an_emoji: <code>:tada:</code></p>').html, '<p>🎉 👍 :not_an_emoji: <code>:tada:</code></p>');
});

test('the footnotes section gets github.com\'s label for screen readers', () => {
	assert.match(viewOf('<section class="footnotes" data-footnotes>\n<ol></ol>\n</section>').html, /^<section class="footnotes" data-footnotes=""><h2 id="footnote-label" class="sr-only">Footnotes<\/h2>/);
});

test('front matter is blanked before cmark-gfm, keeping the lines', () => {
	assert.deepEqual(viewOf('', '---\ntitle: X\n---\n# Body\n').seen, ['\n\n\n# Body\n']);
});

test('with cmark-gfm: GitHub\'s extensions are on and raw HTML is kept, then sanitized', { skip: cmarkGfmVersion() ? false : `cmark-gfm is not installed (${cmarkGfmInstallHint})` }, () => {
	const html = toHtml(githubView('| a |\n| - |\n| ~~b~~ |\n\n- [x] www.example.com <b onclick="x()">bold</b>\n\n<title>t</title>\n'));
	assert.match(html, /<td><del>b<\/del><\/td>/);
	assert.match(html, /<li><input type="checkbox" checked disabled> <a href="http:\/\/www.example.com">www.example.com<\/a> <b>bold<\/b><\/li>/);
	// tagfilter: GitHub shows a disallowed tag as text (https://github.com/github/cmark-gfm/pull/43).
	assert.match(html, /&#x3C;title>t&#x3C;\/title>/);
});
