/**
 * The build's warnings over the XSS corpus (tests/fixtures/github-rendering/xss/), word for word:
 * every vector is reported with its file and line, as the content loader prints it.
 */
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { refreshContentSite } from '../../../src/content-loader/scan-content.ts';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/github-rendering/xss');

test('every vector of the XSS corpus is reported as file:line with what was removed', () => {
	const { warnings, errors } = refreshContentSite(corpus);
	assert.deepEqual(errors, []);
	assert.deepEqual(warnings.map((warning) => `${warning.relPath}:${warning.line}: ${warning.message}`), [
		'base.md:5: removed <base> (GitHub does not render it)',
		'data-html-link.md:5: removed href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" from <a> (GitHub does not render it)',
		'embed.md:5: removed <embed> (GitHub does not render it)',
		'entity-javascript-link.md:5: removed href="javascript:document.title=\'XSS\';alert(1)" from <a> (GitHub does not render it)',
		'form-javascript-action.md:5: removed <form> (GitHub does not render it)',
		'form-javascript-action.md:5: removed <button> (GitHub does not render it)',
		'iframe-src.md:5: <iframe> is shown as text, as GitHub shows it (GFM tagfilter)',
		'iframe-srcdoc.md:5: <iframe> is shown as text, as GitHub shows it (GFM tagfilter)',
		'iframe-srcdoc.md:5: <script> is shown as text, as GitHub shows it (GFM tagfilter)',
		'javascript-link.md:5: removed href="javascript:document.title=\'XSS\';alert(1)" from <a> (GitHub does not render it)',
		'javascript-markdown-link.md:5: removed href="javascript:document.title=\'XSS\';alert(1)" from <a> (GitHub does not render it)',
		'meta-refresh.md:5: removed <meta> (GitHub does not render it)',
		'mxss-math-style.md:5: <style> is shown as text, as GitHub shows it (GFM tagfilter)',
		'mxss-math-style.md:5: removed <math> (GitHub does not render it)',
		'mxss-math-style.md:5: removed <mtext> (GitHub does not render it)',
		'mxss-math-style.md:5: removed <mglyph> (GitHub does not render it)',
		`mxss-math-style.md:5: removed onerror="document.title='XSS';alert(1)" from <img> (GitHub does not render it)`,
		'object.md:5: removed <object> (GitHub does not render it)',
		'onerror.md:5: removed onerror="document.title=\'XSS\';alert(1)" from <img> (GitHub does not render it)',
		'onfocus-autofocus.md:5: removed <input> (GitHub does not render it)',
		'onfocus-autofocus.md:5: removed autofocus and onfocus="document.title=\'XSS\';alert(1)" from <a> (GitHub does not render them)',
		'ontoggle.md:5: removed ontoggle="document.title=\'XSS\';alert(1)" from <details> (GitHub does not render it)',
		'script.md:5: <script> is shown as text, as GitHub shows it (GFM tagfilter)',
		'style-attribute.md:5: removed style="display:none" from <p> (GitHub does not render it)',
		'style.md:5: <style> is shown as text, as GitHub shows it (GFM tagfilter)',
		'svg-onload.md:5: removed <svg> (GitHub does not render it)',
		'svg-onload.md:5: removed <circle> (GitHub does not render it)',
		'svg-script.md:5: <script> is shown as text, as GitHub shows it (GFM tagfilter)',
		'svg-script.md:5: removed <svg> (GitHub does not render it)',
		'vbscript-link.md:5: removed href="vbscript:msgbox(1)" from <a> (GitHub does not render it)',
	]);
});
