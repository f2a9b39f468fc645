import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { browserPackages, packageInfo } from '../../../src/attribution/browser-packages.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };

test('every browser package is a production dependency in package-lock.json', () => {
	for (const { name } of browserPackages) {
		const entry = lock.packages[`node_modules/${name}`];
		assert.ok(entry, `${name} is not in package-lock.json: remove it from browser-packages.ts or install it`);
		assert.notEqual(entry.dev, true, `${name} is a dev dependency, so it cannot reach the built site`);
	}
});

test('every browser package states a licence and a version', () => {
	for (const pkg of browserPackages) {
		const info = packageInfo(pkg, root);
		assert.match(info.license, /^[A-Za-z0-9.+() -]+$/, `${pkg.name}: licence ${info.license}`);
		assert.match(info.version, /^\d+\.\d+\.\d+/);
	}
});
