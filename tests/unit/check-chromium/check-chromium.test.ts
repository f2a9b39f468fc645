import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromiumAdvice } from '../../../scripts/check-chromium.ts';

const postinstall = fileURLToPath(new URL('../../../scripts/check-chromium.mjs', import.meta.url));

/** Runs the postinstall entry with a given Node binary and environment. */
function runPostinstall(node: string, env: NodeJS.ProcessEnv) {
	return spawnSync(node, [postinstall], { encoding: 'utf8', env: { ...process.env, ...env } });
}

/** The version of a Node binary, or undefined when it is not there. */
function nodeVersion(node: string): string | undefined {
	const result = spawnSync(node, ['--version'], { encoding: 'utf8' });
	return result.status === 0 ? result.stdout.trim().replace(/^v/, '') : undefined;
}

test('no advice when CHROMIUM_PATH names an existing executable', () => {
	assert.equal(chromiumAdvice({ CHROMIUM_PATH: process.execPath }), undefined);
});

test('names the missing CHROMIUM_PATH and the one command that fixes it', () => {
	const advice = chromiumAdvice({ CHROMIUM_PATH: '/no/such/chromium' }) ?? '';
	assert.match(advice, /\/no\/such\/chromium, which does not exist/);
	assert.match(advice, /npx playwright install chromium/);
});

test('postinstall prints the fix and still exits 0 when the browser is missing', () => {
	const result = runPostinstall(process.execPath, { CHROMIUM_PATH: '/no/such/chromium' });
	assert.equal(result.status, 0);
	assert.match(result.stderr, /npx playwright install chromium/);
});

test('postinstall under Node < 22.12 prints the Node requirement instead of crashing', (t) => {
	const old = ['/usr/bin/node', '/usr/local/bin/node'].find((node) => {
		const [major, minor] = (nodeVersion(node) ?? '99.0').split('.').map(Number);
		return major < 22 || (major === 22 && minor < 12);
	});
	if (!old) return t.skip('no Node older than 22.12 on this machine to run it with');
	const result = runPostinstall(old, {});
	assert.equal(result.status, 0);
	assert.match(result.stderr, /needs Node >= 22\.12/);
	assert.doesNotMatch(result.stderr, /Error|at .*:\d+:\d+/);
});
