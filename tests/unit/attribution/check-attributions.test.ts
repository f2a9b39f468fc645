import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkAttributions, collectAttributions } from '../../../src/attribution/check-attributions.ts';
import { attributionSchema } from '../../../src/attribution/schema.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/attribution');
const fixture = (name: string) => join(fixtures, name);

/** The problems of a fixture as `path: reason` lines. */
function problems(name: string): string[] {
	return collectAttributions(fixture(name)).problems.map((problem) => `${problem.path}: ${problem.reason}`);
}

test('complete: the file and its attribution are returned', () => {
	const files = checkAttributions(fixture('complete'));
	assert.deepEqual(files.map((f) => f.path), ['notes/third-party/square.svg']);
	assert.equal(files[0].attribution.author, 'Example Author');
	assert.equal(files[0].attribution.modified, false);
});

test('no-third-party: nothing to check', () => {
	assert.deepEqual(checkAttributions(fixture('no-third-party')), []);
});

test('missing-sidecar: names the file and the sidecar to add', () => {
	assert.deepEqual(problems('missing-sidecar'), ['notes/third-party/square.svg: no sidecar: add square.svg.attribution.yml']);
});

test('incomplete-sidecar: every missing or wrong field is listed', () => {
	assert.deepEqual(problems('incomplete-sidecar'), [
		'third-party/square.svg: square.svg.attribution.yml: source: Invalid URL',
		'third-party/square.svg: square.svg.attribution.yml: author: missing',
		'third-party/square.svg: square.svg.attribution.yml: license.url: missing',
		'third-party/square.svg: square.svg.attribution.yml: modified: missing',
	]);
});

test('invalid-yaml: the parse error is reported for that sidecar', () => {
	const [line, ...rest] = problems('invalid-yaml');
	assert.equal(rest.length, 0);
	assert.match(line, /^third-party\/square\.svg: square\.svg\.attribution\.yml is not valid YAML: /);
});

test('nested-third-party: files in sub-folders of third-party/ count too', () => {
	assert.deepEqual(problems('nested-third-party'), ['a/third-party/icons/undocumented.svg: no sidecar: add undocumented.svg.attribution.yml']);
});

test('one error lists every problem file, with what a sidecar needs', () => {
	assert.throws(
		() => checkAttributions(fixture('incomplete-sidecar')),
		(error: Error) => {
			assert.match(error.message, /^Attribution check failed: 1 third-party file lacks a complete attribution sidecar in .*incomplete-sidecar\.$/m);
			assert.match(error.message, /^ {2}- third-party\/square\.svg: square\.svg\.attribution\.yml: license\.url: missing$/m);
			assert.match(error.message, /needs: source \(URL\), title, author, license\.spdx, license\.url,/);
			return true;
		},
	);
});

test('the schema wants a description of a modification, not just "true"', () => {
	const base = { source: 'https://a.example', title: 't', author: 'a', license: { spdx: 'MIT', url: 'https://opensource.org/license/mit' } };
	assert.equal(attributionSchema.safeParse({ ...base, modified: true }).success, false);
	assert.equal(attributionSchema.safeParse({ ...base, modified: 'Cropped.' }).success, true);
	assert.equal(attributionSchema.safeParse({ ...base, modified: false, license: { spdx: 'Apache 2', url: base.license.url } }).success, false);
});
