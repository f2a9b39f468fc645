import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { glossaryTerms } from '../../../src/glossary/glossary-terms.ts';

const fixture = readFileSync(new URL('../../fixtures/glossary/headings-with-aliases.md', import.meta.url), 'utf8');
const dump = (markdown: string) => glossaryTerms(markdown).map((t) => `${t.text} -> #${t.anchor}${t.caseSensitive ? ' (exact case)' : ''}`);

test('one term per H2, aliases in brackets, anchors as github-slugger makes them', () => {
	assert.deepEqual(dump(fixture), [
		'Controller -> #controller',
		'controller-runtime -> #controller-runtime',
		'Custom resource -> #custom-resource-cr',
		'CR -> #custom-resource-cr (exact case)',
		'Custom resource definition -> #custom-resource-definition-crd',
		'CRD -> #custom-resource-definition-crd (exact case)',
		'RequeueAfter -> #requeueafter',
		'Work queue -> #work-queue',
		// A repeated heading gets the suffixed anchor GitHub gives it.
		'Controller -> #controller-1',
	]);
});

test('front matter and a glossary without H2 give no terms', () => {
	assert.deepEqual(dump('---\ntitle: x\n---\n# Glossary\n\nNo terms yet.\n'), []);
});

test('the real glossary defines every term the issue asks for', () => {
	const real = readFileSync(new URL('../../../content/glossary.md', import.meta.url), 'utf8');
	const texts = glossaryTerms(real).map((t) => t.text.toLowerCase());
	for (const wanted of ['reconcile', 'controller', 'operator', 'informer', 'resync period', 'work queue', 'requeueafter', 'predicate', 'cr', 'crd', 'manager', 'wasm operator', 'idle unloading']) {
		assert.ok(texts.includes(wanted), `content/glossary.md has no "## ${wanted}" heading`);
	}
});
