/**
 * Each deliberate difference between github.com and the site, one fixture a case
 * (tests/fixtures/parity/rules/<case>/page.md as written, site.html as the site builds it):
 * with every rule the two read the same; without the case's rule they differ, so no rule is dead.
 * The last cases are real differences, which the comparison must report.
 * GitHub's side needs cmark-gfm: without it these tests are skipped, saying why.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Root } from 'hast';
import { describeContentSite } from '../../../src/content-loader/content-site.ts';
import { cmarkGfmInstallHint, cmarkGfmVersion } from '../../../scripts/lib/parity/cmark-gfm.ts';
import { githubRules, siteRules } from '../../../scripts/lib/parity/deliberate-differences.ts';
import { githubView } from '../../../scripts/lib/parity/github-view.ts';
import { scoreParity } from '../../../scripts/lib/parity/score-parity.ts';
import { siteView } from '../../../scripts/lib/parity/site-view.ts';
import { summarizePage, type Rule } from '../../../scripts/lib/parity/summarize-page.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/parity/rules');
const skip = cmarkGfmVersion() ? false : `cmark-gfm is not installed (${cmarkGfmInstallHint})`;

/** Case -> its github.com and site views, made once: cmark-gfm runs once a case, and summarizePage only reads the trees. */
const views = new Map<string, { github: Root; site: Root }>();

/** The two views of one case. */
function viewsOf(name: string): { github: Root; site: Root } {
	let found = views.get(name);
	if (!found) {
		const source = readFileSync(join(fixtures, name, 'page.md'), 'utf8');
		const html = readFileSync(join(fixtures, name, 'site.html'), 'utf8');
		const [page] = describeContentSite([{ relPath: 'page.md', source }]).pages;
		found = { github: githubView(source), site: siteView(html, page) };
		views.set(name, found);
	}
	return found;
}

/** Compares one case, leaving out the rules named in `without`. */
function compareCase(name: string, without: string[] = []) {
	const { github, site } = viewsOf(name);
	const keep = (rules: readonly Rule[]) => rules.filter((rule) => !without.includes(rule.name));
	return scoreParity(summarizePage(github, keep(githubRules)), summarizePage(site, keep(siteRules)));
}

/** Case -> the rules that make it read the same (none: handled where the pages are read). */
const sameOnBoth: Record<string, string[]> = {
	'title-h1-becomes-page-title': [],
	'front-matter-is-metadata': [],
	'alert-becomes-aside': ['GitHub alert', 'alert as aside'],
	'heading-anchor-link': ['heading anchor link'],
	'glossary-link': ['glossary link'],
	'meeting-date-line': ['meeting date line'],
	'meetings-index': ['meetings index'],
	'code-frame': ['code frame title'],
	'figure-credit': ['figure credit', 'dark-theme copy'],
	'mermaid-as-images': ['Mermaid block', 'Mermaid diagram'],
	'mermaid-as-inline-svg': ['Mermaid block', 'Mermaid diagram', 'dark-theme copy'],
	'math-inline-katex': ['math (KaTeX)'],
	'math-block-katex': ['math block', 'math (KaTeX)'],
	'math-dollar-backticks': ['inline math in backticks', 'math (KaTeX)'],
	'emoji-shortcode': [],
	'trace-block': ['trace block', 'trace viewer'],
	'benchmark-block': ['benchmark block', 'benchmark chart'],
	'figure-note': ['figure note'],
	'dark-mode-only-image': ['dark-theme image'],
	'footnotes': [],
	'gfm-constructs': [],
};

for (const [name, rules] of Object.entries(sameOnBoth)) {
	test(`${name}: reads the same on GitHub and on the site`, { skip }, () => {
		const parity = compareCase(name);
		assert.deepEqual(parity.differences, []);
		assert.equal(parity.score, 1);
	});
	for (const rule of rules) {
		test(`${name}: differs without the rule "${rule}"`, { skip }, () => {
			assert.ok(compareCase(name, [rule]).score < 1);
		});
	}
}

test('link-missing-on-site: the missing link is reported', { skip }, () => {
	assert.deepEqual(compareCase('link-missing-on-site').differences, ['links: github 2, site 1']);
});

test('emoji-left-as-typed: a shortcode the site leaves as typed is reported', { skip }, () => {
	assert.deepEqual(compareCase('emoji-left-as-typed').differences, ['words: github "🎉", site "tada", after "Emoji Done"']);
});

test('script-shown-as-text-on-github: github.com shows a tag-filtered <script> as text (cmark-gfm tagfilter)', { skip }, () => {
	assert.deepEqual(compareCase('script-shown-as-text-on-github').differences, ['words: missing on the site "script alert 1 script", after "Raw HTML Before"']);
});
