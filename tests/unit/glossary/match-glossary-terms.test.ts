import assert from 'node:assert/strict';
import { test } from 'node:test';
import { glossaryTerms } from '../../../src/glossary/glossary-terms.ts';
import { termMatcher } from '../../../src/glossary/match-glossary-terms.ts';

const terms = glossaryTerms(
	['## Controller', '## controller-runtime', '## Custom resource (CR)', '## Operator', '## WASM operator', '## Work queue', '## RequeueAfter', '## Reconcile'].join('\n'),
);
const find = termMatcher(terms);
/** Shows the matches as `[matched text]#anchor`, in order. */
const dump = (text: string, seen = new Set<string>()) => find(text, seen).map((m) => `[${text.slice(m.start, m.end)}]#${m.term.anchor}`);

test('case-insensitive, whole words, first use only', () => {
	assert.deepEqual(dump('The CONTROLLER calls the controller; a controllerish thing does not count.'), ['[CONTROLLER]#controller']);
});

test('the longest term wins at a place', () => {
	assert.deepEqual(dump('controller-runtime has a controller.'), ['[controller-runtime]#controller-runtime', '[controller]#controller']);
	assert.deepEqual(dump('The WASM operator is an operator.'), ['[WASM operator]#wasm-operator', '[operator]#operator']);
});

test('plurals and line breaks inside a term match', () => {
	assert.deepEqual(dump('Two reconciles go through the work\nqueue.'), ['[reconciles]#reconcile', '[work\nqueue]#work-queue']);
});

test('an alias shares its anchor, so only the first of either links', () => {
	assert.deepEqual(dump('A CR is a custom resource.'), ['[CR]#custom-resource-cr']);
});

test('abbreviations match only in capitals', () => {
	assert.deepEqual(dump('cr and Cr are not CRs.'), ['[CRs]#custom-resource-cr']);
});

test('words joined by hyphens or inside other words are not terms', () => {
	assert.deepEqual(dump('a re-reconcile, multi-operator, RequeueAfterX, xoperator'), []);
});

test('anchors already seen on the page are skipped', () => {
	const seen = new Set(['operator']);
	assert.deepEqual(dump('An operator with a controller.', seen), ['[controller]#controller']);
	assert.ok(seen.has('controller'));
});

test('no terms, no matches', () => {
	assert.deepEqual(termMatcher([])('controller', new Set()), []);
});
