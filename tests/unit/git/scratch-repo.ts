/** Throw-away git repositories for tests: commits with fixed identities and dates. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Runs git in `cwd` with a fixed identity and, when given, fixed author and committer dates.
 * @param isoDate e.g. `2025-03-02T10:00:00Z`
 */
export function git(cwd: string, args: string[], isoDate?: string): string {
	const env = {
		...process.env,
		GIT_AUTHOR_NAME: 'Test',
		GIT_AUTHOR_EMAIL: 'test@example.org',
		GIT_COMMITTER_NAME: 'Test',
		GIT_COMMITTER_EMAIL: 'test@example.org',
		GIT_CONFIG_NOSYSTEM: '1',
		HOME: cwd,
		...(isoDate ? { GIT_AUTHOR_DATE: isoDate, GIT_COMMITTER_DATE: isoDate } : {}),
	};
	return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Writes `files` (path -> text) under `repo` and commits them (with any other change) at `isoDate`.
 * @param files e.g. `{ 'content/meetings/Meeting 05-20.md': '# Notes - Meeting 11/04/25\n' }`
 */
export function commit(repo: string, isoDate: string, files: Record<string, string>): void {
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(repo, path)), { recursive: true });
		writeFileSync(join(repo, path), text);
	}
	git(repo, ['add', '-A']);
	git(repo, ['commit', '-q', '-m', `change at ${isoDate}`], isoDate);
}
