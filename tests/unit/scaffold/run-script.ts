/** Runs one of the project's scripts in a child Node, as `npm run` would, for the scaffolding tests. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root, resolved from this file. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Runs `node scripts/<script> ...args` in the repository with `env` added; returns its exit code and output.
 * @param script e.g. `new-meeting.ts`
 */
export function runScript(script: string, args: string[], env: Record<string, string>) {
	const result = spawnSync(process.execPath, [`scripts/${script}`, ...args], {
		cwd: repoRoot,
		env: { ...process.env, ...env },
		encoding: 'utf8',
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
