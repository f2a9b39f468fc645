/**
 * Runs the real `astro build` of this project in a child process. The output is plain text: the
 * terminal colours Astro's logger adds when a CI runner asks for them (FORCE_COLOR) are taken out,
 * so tests can compare whole lines.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

/** This project's folder, where the build runs. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** A finished build: its exit code and its whole output, stdout then stderr, without colours. */
export interface AstroBuild {
	status: number | null;
	output: string;
}

/** Builds the site with `env` as its whole environment (pass `{ ...process.env, ... }` to inherit). */
export function astroBuild(env: NodeJS.ProcessEnv): AstroBuild {
	const result = spawnSync(process.execPath, [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: repoRoot, encoding: 'utf8', env });
	return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}
