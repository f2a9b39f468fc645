/** Throw-away git repositories for tests: commits with fixed dates and a fixed identity, unless a test names the author. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Who commits, e.g. `{ name: 'Jane Doe', email: 'jane@example.org' }`. */
export interface Author {
	name: string;
	email: string;
}

/** The identity of every commit that names no author. */
const testAuthor: Author = { name: 'Test', email: 'test@example.org' };

/**
 * Runs git in `cwd` as `author` (a fixed identity unless given) and, when given, with fixed author and committer dates.
 * @param isoDate e.g. `2025-03-02T10:00:00Z`
 */
export function git(cwd: string, args: string[], isoDate?: string, author: Author = testAuthor): string {
	// The GIT_AUTHOR_* and GIT_COMMITTER_* variables win over any user.name or user.email in a git config.
	const env = {
		...process.env,
		GIT_AUTHOR_NAME: author.name,
		GIT_AUTHOR_EMAIL: author.email,
		GIT_COMMITTER_NAME: author.name,
		GIT_COMMITTER_EMAIL: author.email,
		GIT_CONFIG_NOSYSTEM: '1',
		HOME: cwd,
		...(isoDate ? { GIT_AUTHOR_DATE: isoDate, GIT_COMMITTER_DATE: isoDate } : {}),
	};
	return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Writes `files` (path -> text) under `repo` and commits them (with any other change) at `isoDate`, as `author` when given.
 * @param files e.g. `{ 'content/meetings/Meeting 05-20.md': '# Notes - Meeting 11/04/25\n' }`
 */
export function commit(repo: string, isoDate: string, files: Record<string, string>, author?: Author): void {
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(repo, path)), { recursive: true });
		writeFileSync(join(repo, path), text);
	}
	git(repo, ['add', '-A']);
	git(repo, ['commit', '-q', '-m', `change at ${isoDate}`], isoDate, author);
}
