/** The unload policy from text parameters, shared by `npm run trace` and figure references. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseUnloadPolicy } from '../../../src/trace/analysis/parse-unload-policy.ts';

const params = (query: string) => new URLSearchParams(query);

test('absent times are the wasm-operator\'s; given ones replace them, prediction as passed', () => {
	const p = params('lead-ms=0&grace-ms=250');
	assert.deepEqual(parseUnloadPolicy((name) => p.get(name), false), { idleMs: 1000, leadMs: 0, graceMs: 250, prediction: false });
	assert.deepEqual(parseUnloadPolicy(() => undefined, true), { idleMs: 1000, leadMs: 1000, graceMs: 1000, prediction: true });
});

test('surrounding spaces are allowed, as on the command line', () => {
	assert.equal(parseUnloadPolicy((name) => (name === 'idle-ms' ? ' 2000 ' : null), true).idleMs, 2000);
});

test('a value that is not a whole number of milliseconds >= 0 is refused, named with the caller\'s prefix', () => {
	for (const [text, prefix, message] of [
		['-5', '--', '--idle-ms must be a whole number of milliseconds >= 0 (got "-5")'],
		['1.5', '', 'idle-ms must be a whole number of milliseconds >= 0 (got "1.5")'],
		['', '', 'idle-ms must be a whole number of milliseconds >= 0 (got "")'],
		['99999999999999999999', '', 'idle-ms must be a whole number of milliseconds >= 0 (got "99999999999999999999")'],
	]) {
		assert.throws(() => parseUnloadPolicy((name) => (name === 'idle-ms' ? text : null), true, prefix), { name: 'RangeError', message });
	}
});
