import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyBrokenLinkPolicy, brokenLinkPolicy } from '../../../src/content-loader/broken-link-policy.ts';
import { readSiteEnv } from '../../../src/config/site-env.ts';

const list = ['README.md:6: broken link "notes/missing.md"', 'notes/fine.md:9: broken link "../attachments/missing.png"'];

test('unset LINKS fails the build over broken links; LINKS=warn only warns, with the same list', () => {
	assert.equal(brokenLinkPolicy(undefined), 'fail');
	assert.equal(brokenLinkPolicy(''), 'fail');
	assert.deepEqual(applyBrokenLinkPolicy(list, 'fail'), { errors: list, warnings: [] });
	assert.deepEqual(applyBrokenLinkPolicy(list, brokenLinkPolicy('warn')), { errors: [], warnings: list });
	assert.equal(readSiteEnv({ LINKS: 'WARN' }).links, 'warn');
	assert.equal(readSiteEnv({}).links, 'fail');
});

test('any other LINKS value stops the build, naming both values it takes', () => {
	assert.throws(() => readSiteEnv({ LINKS: 'ignore' }), /LINKS must be "fail" .* or "warn" .*, not "ignore"/);
});
