import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { astroBuild, repoRoot } from '../astro-build.ts';

test('astro build over a content folder with an unattributed third-party file fails, naming it', () => {
	const out = mkdtempSync(join(tmpdir(), 'attribution-build-'));
	try {
		const { status, output } = astroBuild({
			...process.env,
			CONTENT_DIR: join(repoRoot, 'tests/fixtures/attribution/missing-sidecar'),
			SITE_OUT_DIR: join(out, 'dist'),
			SITE_CACHE_DIR: join(out, 'cache'),
			ASTRO_TELEMETRY_DISABLED: '1',
		});
		assert.notEqual(status, 0, `the build should fail; output:\n${output}`);
		assert.match(output, /Attribution check failed: 1 third-party file lacks a complete attribution sidecar in .*missing-sidecar\./);
		assert.match(output, /notes\/third-party\/square\.svg: no sidecar: add square\.svg\.attribution\.yml/);
	} finally {
		rmSync(out, { recursive: true, force: true });
	}
});
