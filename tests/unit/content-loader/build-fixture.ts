/** Runs the real `astro build` over a fixture content folder, in throwaway output and cache folders. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after } from 'node:test';
import { astroBuild } from '../astro-build.ts';

export { repoRoot } from '../astro-build.ts';

/** What a build left: its exit code, its whole terminal output, and where the site went. */
export interface FixtureBuild {
	status: number | null;
	output: string;
	/** The built site; removed when the test file ends. */
	outDir: string;
}

/**
 * Builds `contentDir` under the test base path with the settings of `npm run build:test`.
 * @param contentDir relative to the project or absolute, e.g. `tests/fixtures/broken-links`
 * @param env extra environment, overriding those settings, e.g. `{ LINKS: 'warn' }` or
 *   `{ SITE_CACHE_DIR: cache }` for builds that share one cache
 */
export function buildFixture(contentDir: string, env: NodeJS.ProcessEnv = {}): FixtureBuild {
	const scratch = mkdtempSync(join(tmpdir(), `build-${basename(contentDir)}-`));
	after(() => rmSync(scratch, { recursive: true, force: true }));
	const outDir = join(scratch, 'dist');
	const build = astroBuild({
		...process.env,
		CONTENT_DIR: contentDir,
		SITE_OUT_DIR: outDir,
		SITE_CACHE_DIR: join(scratch, 'cache'),
		SITE_BASE: '/masters-thesis/',
		SITE_URL: 'https://example.github.io',
		SITE_REPO_URL: 'https://github.com/example/masters-thesis',
		...env,
	});
	return { ...build, outDir };
}
