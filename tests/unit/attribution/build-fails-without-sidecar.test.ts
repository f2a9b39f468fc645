import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

test('astro build over a content folder with an unattributed third-party file fails, naming it', () => {
	const out = mkdtempSync(join(tmpdir(), 'attribution-build-'));
	try {
		const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: root,
			encoding: 'utf8',
			timeout: 120_000,
			env: {
				...process.env,
				CONTENT_DIR: join(root, 'tests/fixtures/attribution/missing-sidecar'),
				SITE_OUT_DIR: join(out, 'dist'),
				SITE_CACHE_DIR: join(out, 'cache'),
				ASTRO_TELEMETRY_DISABLED: '1',
			},
		});
		const output = `${result.stdout}\n${result.stderr}`;
		assert.notEqual(result.status, 0, `the build should fail; output:\n${output}`);
		assert.match(output, /Attribution check failed: 1 third-party file lacks a complete attribution sidecar in .*missing-sidecar\./);
		assert.match(output, /notes\/third-party\/square\.svg: no sidecar: add square\.svg\.attribution\.yml/);
	} finally {
		rmSync(out, { recursive: true, force: true });
	}
});
