/** The digest that makes a cached build re-render its pages when the rendering code changes. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { codeDigest, renderingInputs } from '../../../src/content-loader/code-digest.ts';

test('the digest changes with a file\'s bytes, its name, a new file and the lock file, and only then', () => {
	const dir = mkdtempSync(join(tmpdir(), 'code-digest-'));
	mkdirSync(join(dir, 'src/plugins'), { recursive: true });
	writeFileSync(join(dir, 'src/plugins/a.ts'), 'export const a = 1;\n');
	writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion":3}\n');
	const inputs = [join(dir, 'src'), join(dir, 'package-lock.json')];
	const seen = new Set<string>();
	const digest = () => codeDigest(inputs);
	const first = digest();
	assert.equal(digest(), first, 'the same files give the same digest');
	seen.add(first);
	const changes = [
		() => writeFileSync(join(dir, 'src/plugins/a.ts'), 'export const a = 2;\n'),
		() => renameSync(join(dir, 'src/plugins/a.ts'), join(dir, 'src/plugins/b.ts')),
		() => writeFileSync(join(dir, 'src/plugins/c.ts'), ''),
		() => writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion":3,"katex":"0.19.2"}\n'),
	];
	for (const change of changes) {
		change();
		const next = digest();
		assert.ok(!seen.has(next), `unchanged after: ${change}`);
		seen.add(next);
	}
});

test('the site\'s rendering inputs are its src/ folder and its lock file', () => {
	assert.deepEqual(renderingInputs.map((path) => path.replace(/\/$/, '').split('/').slice(-1)[0]), ['src', 'package-lock.json']);
});
