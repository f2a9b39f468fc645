/**
 * Runs `astro build` of this repository for a benchmark and times it: telemetry off, output
 * buffered and printed only when the build fails, which ends the benchmark (exit 1); the phase
 * times are read from that output (`build-phases.ts`).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPhases, type BuildPhases } from './build-phases.ts';

/** The repository root, where `astro build` runs whatever folder the script is started from. */
const repo = fileURLToPath(new URL('../..', import.meta.url));

/** One timed build. */
export interface TimedBuild {
	/** Wall time of the whole `astro build` process, e.g. `41.2`. */
	seconds: number;
	/** What Astro reported of each phase, e.g. `{ contentSync: 8.8, routes: 11.9, pagefind: 2.8 }`. */
	phases: BuildPhases;
}

/**
 * Times `astro build`, e.g. `timeAstroBuild('plain Starlight', ['--root', dir], {})` -> `{ seconds: 41.2, phases: { ... } }`.
 * @param label names the build in the failure message, e.g. `our site`
 * @param env added to this process' environment, e.g. `{ CONTENT_DIR: '/tmp/notes' }`
 */
export function timeAstroBuild(label: string, args: string[], env: NodeJS.ProcessEnv): TimedBuild {
	const start = performance.now();
	const result = spawnSync(join(repo, 'node_modules/.bin/astro'), ['build', ...args], {
		cwd: repo,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		maxBuffer: 64 * 1024 * 1024,
	});
	const seconds = (performance.now() - start) / 1000;
	if (result.status !== 0) {
		console.error(`building ${label} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
		process.exit(1);
	}
	return { seconds, phases: buildPhases(`${result.stdout}\n${result.stderr}`) };
}
