import assert from 'node:assert/strict';
import { test } from 'node:test';
import { githubSchema } from '../../../src/raw-html/sanitize-schema.ts';
import { USER_CONTENT_PREFIX, userContentAnchor } from '../../../src/raw-html/user-content-anchor.ts';

/** A page with these ids and names. */
const page = (...names: string[]) => (idOrName: string) => names.includes(idOrName);

test("the prefix is GitHub's, as hast-util-sanitize's GitHub schema has it", () => {
	assert.equal(USER_CONTENT_PREFIX, githubSchema.clobberPrefix);
});

test('a hash that names an HTML anchor as written goes to its prefixed form', () => {
	assert.equal(userContentAnchor('#setup', page('user-content-setup')), 'user-content-setup');
	assert.equal(userContentAnchor('#caf%C3%A9%20bar', page('user-content-café bar')), 'user-content-café bar');
});

test('a hash that lands by itself, is prefixed already, is empty or names nothing is left alone', () => {
	assert.equal(userContentAnchor('#setup', page('setup', 'user-content-setup')), undefined);
	assert.equal(userContentAnchor('#user-content-setup', page('user-content-user-content-setup')), undefined);
	assert.equal(userContentAnchor('', page('user-content-')), undefined);
	assert.equal(userContentAnchor('#', page('user-content-')), undefined);
	assert.equal(userContentAnchor('#other', page('user-content-setup')), undefined);
});

test('a malformed escape is compared as written', () => {
	assert.equal(userContentAnchor('#100%', page('user-content-100%')), 'user-content-100%');
});
