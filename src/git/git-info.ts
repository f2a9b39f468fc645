/**
 * What git knows about the content folder: when each file was first committed and last changed,
 * which commit a build is made from, and where a file lives on GitHub. The content folder may sit in another repository
 * than the site, so every question starts from the file's own folder.
 *
 * Dates must be right or absent. In a shallow clone the oldest fetched commits are "grafted": git
 * shows them as if they added every file, so their dates would be wrong for all files they list.
 * Those commits are ignored; a file whose newest visible change is one of them gets no date.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

/** A commit a build is made from. */
export interface BuildCommit {
	/** Full commit hash, e.g. `3f2c...` (40 hex digits). */
	sha: string;
	/** Committer date of that commit. */
	date: Date;
}

/** Runs git in `cwd`; returns its stdout, or `undefined` when git is missing or fails. */
function git(cwd: string, args: string[]): string | undefined {
	if (!existsSync(cwd)) return undefined;
	const result = spawnSync('git', ['-c', 'core.quotepath=false', ...args], {
		cwd,
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
		stdio: ['ignore', 'pipe', 'ignore'],
	});
	return result.status === 0 ? result.stdout : undefined;
}

const rootCache = new Map<string, string | undefined>();

/**
 * The top folder of the git work tree holding `dir`, or `undefined` outside any repository.
 * @param dir e.g. `/work/notes/meetings`
 */
export function repoRoot(dir: string): string | undefined {
	if (!rootCache.has(dir)) {
		const top = git(dir, ['rev-parse', '--show-toplevel'])?.trim();
		rootCache.set(dir, top ? realpathSync(top) : undefined);
	}
	return rootCache.get(dir);
}

/**
 * Whether the repository holding `dir` is a shallow clone (e.g. CI's `fetch-depth: 1`).
 * @param dir e.g. `/work/main/content`
 */
export function isShallowClone(dir: string): boolean {
	return git(dir, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true';
}

/** The commits a shallow clone was cut at (their parents are missing), as a set of hashes. */
function shallowBoundary(dir: string): Set<string> {
	const path = git(dir, ['rev-parse', '--git-path', 'shallow'])?.trim();
	const file = path ? resolve(dir, path) : undefined;
	if (!file || !existsSync(file)) return new Set();
	return new Set(readFileSync(file, 'utf8').split(/\s+/).filter(Boolean));
}

/**
 * The newest commit date of every file under `dir` that git tracks, keyed by absolute path.
 * One `git log` per folder, cached for the life of the process.
 * @param dir e.g. `/work/main/content`
 */
export function commitDates(dir: string): ReadonlyMap<string, Date> {
	return cachedPerFolder(datesCache, dir, readCommitDates);
}
const datesCache = new Map<string, Map<string, Date>>();

/** `read(dir)` once per real folder path, kept in `cache` (see `clearGitCache`). */
function cachedPerFolder(cache: Map<string, Map<string, Date>>, dir: string, read: (dir: string) => Map<string, Date>): Map<string, Date> {
	const key = existsSync(dir) ? realpathSync(dir) : dir;
	let dates = cache.get(key);
	if (!dates) {
		dates = read(key);
		cache.set(key, dates);
	}
	return dates;
}

function readCommitDates(dir: string): Map<string, Date> {
	const dates = new Map<string, Date>();
	const root = repoRoot(dir);
	if (!root) return dates;
	const boundary = isShallowClone(dir) ? shallowBoundary(dir) : new Set<string>();
	// \x1e marks a commit line; -z ends every name with NUL, so any file name survives.
	const log = git(root, ['log', '--format=%x1e%H %ct', '--name-only', '-z', '--', dir]);
	if (!log) return dates;
	const seen = new Set<string>();
	let date: Date | undefined;
	for (const token of log.split('\0')) {
		const text = token.replace(/^\n/, '');
		if (text.startsWith('\x1e')) {
			const [sha, seconds] = text.slice(1).split(' ');
			// A boundary commit's file list is "everything", so it says nothing about any one file.
			date = boundary.has(sha) ? undefined : new Date(Number(seconds) * 1000);
			continue;
		}
		if (!text || seen.has(text)) continue;
		seen.add(text); // git log lists newest first: the first mention is the newest change
		if (date) dates.set(resolve(root, text), date);
	}
	return dates;
}

/**
 * When git first saw each file under `dir`, keyed by absolute path: the author date of the
 * commit that added it, following renames (`git log -M`), so a renamed note keeps the date it was
 * first written. The author date, not the committer date: a rebase or cherry-pick moves the
 * latter, not when the note was written. Files whose first commit lies beyond a shallow clone's
 * cut are left out (their first commit is unknown). Cached for the life of the process.
 * @param dir e.g. `/work/main/content`
 */
export function firstCommitDates(dir: string): ReadonlyMap<string, Date> {
	return cachedPerFolder(firstDatesCache, dir, readFirstCommitDates);
}
const firstDatesCache = new Map<string, Map<string, Date>>();

function readFirstCommitDates(dir: string): Map<string, Date> {
	const root = repoRoot(dir);
	if (!root) return new Map();
	const boundary = isShallowClone(dir) ? shallowBoundary(dir) : new Set<string>();
	const log = git(root, ['log', '--format=%x1e%H %at', '--name-status', '-M', '-z', '--', dir]);
	if (!log) return new Map();
	// Newest commit first. `nameOf` maps a path as older commits spell it to the file's path today;
	// `null` marks a name whose older mentions belong to a deleted file.
	const nameOf = new Map<string, string | null>();
	const first = new Map<string, Date | undefined>();
	let date: Date | undefined;
	const tokens = log.split('\0').map((token) => token.replace(/^\n/, ''));
	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index];
		if (token.startsWith('\x1e')) {
			const [sha, seconds] = token.slice(1).split(' ');
			// A boundary commit lists every file as added: it does not say when any was first committed.
			date = boundary.has(sha) ? undefined : new Date(Number(seconds) * 1000);
			continue;
		}
		if (!token) continue;
		const status = token[0];
		const path = tokens[++index];
		const renamedTo = status === 'R' || status === 'C' ? tokens[++index] : undefined;
		const current = renamedTo ?? path;
		const file = nameOf.has(current) ? nameOf.get(current) : current;
		if (file === null || file === undefined) continue;
		if (status === 'D') {
			nameOf.set(path, null);
			continue;
		}
		first.set(file, date);
		// Before an add, a copy or a rename, the name it created belonged to no file or another one.
		if (status === 'A' || status === 'C' || status === 'R') nameOf.set(current, null);
		if (status === 'R') nameOf.set(path, file);
	}
	const dates = new Map<string, Date>();
	for (const [file, when] of first) if (when) dates.set(resolve(root, file), when);
	return dates;
}

/**
 * When `absFilePath` last changed in git, or `undefined` when that is unknown (not committed,
 * no git, or only seen in the cut-off commit of a shallow clone).
 * @param absFilePath e.g. `/work/main/content/meetings/2024-11-04.md`
 * @param scopeDir the folder whose history is read at once; defaults to the file's repository
 */
export function lastCommitDate(absFilePath: string, scopeDir?: string): Date | undefined {
	const file = existsSync(absFilePath) ? realpathSync(absFilePath) : absFilePath;
	const scope = scopeDir ?? repoRoot(dirname(file));
	return scope ? commitDates(scope).get(file) : undefined;
}

/**
 * The commit checked out in `dir` (`HEAD`), or `undefined` outside git; asked once per process.
 * @param dir e.g. `/work/main`
 */
export function buildCommit(dir: string): BuildCommit | undefined {
	return cachedAnswer(commitCache, dir, () => {
		const out = git(dir, ['log', '-1', '--format=%H %ct', 'HEAD'])?.trim();
		const match = out?.match(/^([0-9a-f]{40,64}) (\d+)$/);
		return match ? { sha: match[1], date: new Date(Number(match[2]) * 1000) } : undefined;
	});
}
const commitCache = new Map<string, BuildCommit | undefined>();

/** `read()` once per `dir` for the life of the process (see `clearGitCache`): every page asks, git answers once. */
function cachedAnswer<T>(cache: Map<string, T | undefined>, dir: string, read: () => T | undefined): T | undefined {
	if (!cache.has(dir)) cache.set(dir, read());
	return cache.get(dir);
}

/**
 * The path of `absFilePath` inside its repository with `/` separators, or `undefined` outside git.
 * @param absFilePath e.g. `/work/main/content/index.md` -> `content/index.md`
 */
export function pathInRepo(absFilePath: string): string | undefined {
	const file = existsSync(absFilePath) ? realpathSync(absFilePath) : absFilePath;
	const root = repoRoot(dirname(file));
	if (!root) return undefined;
	const rel = relative(root, file);
	return rel.startsWith('..') ? undefined : rel.split(sep).join('/');
}

/**
 * A GitHub URL for a file of a repository; each path segment is percent-encoded.
 * @param repoUrl e.g. `https://github.com/owner/thesis` (a trailing `/` or `.git` is dropped)
 * @param commitOrBranch e.g. `main` or a commit hash
 * @param path e.g. `content/meetings/Meeting 11-04.md`
 * @param view `blob` to read, `edit` to open GitHub's editor, `tree` for a folder
 */
export function repoFileUrl(
	repoUrl: string,
	commitOrBranch: string,
	path: string,
	view: 'blob' | 'edit' | 'tree' = 'blob',
): string {
	const repo = repoUrl.replace(/\/+$/, '').replace(/\.git$/, '');
	const segments = path.split('/').filter((segment) => segment && segment !== '.');
	const encoded = segments.map(encodeURIComponent).join('/');
	const ref = commitOrBranch.split('/').map(encodeURIComponent).join('/');
	return `${repo}/${view}/${ref}/${encoded}`;
}

/**
 * The branch checked out in `dir`, or `undefined` when detached or outside git.
 * @param dir e.g. `/work/notes` -> `main`
 */
export function currentBranch(dir: string): string | undefined {
	const name = git(dir, ['symbolic-ref', '--quiet', '--short', 'HEAD'])?.trim();
	return name || undefined;
}

/**
 * The `https://github.com/owner/name` form of a GitHub remote URL, or `undefined` for other hosts.
 * @param remote e.g. `git@github.com:owner/thesis.git` or `https://github.com/owner/thesis`
 */
export function githubUrlFromRemote(remote: string): string | undefined {
	const match = remote.trim().match(/github\.com[:/]+([^/\s]+\/[^/\s]+?)(?:\.git)?\/?$/);
	return match ? `https://github.com/${match[1]}` : undefined;
}

/**
 * The GitHub URL of the `origin` remote of the repository holding `dir`, if it is on GitHub; asked once per process.
 * @param dir e.g. `/work/notes`
 */
export function remoteRepoUrl(dir: string): string | undefined {
	return cachedAnswer(remoteCache, dir, () => {
		const remote = git(dir, ['remote', 'get-url', 'origin']);
		return remote ? githubUrlFromRemote(remote) : undefined;
	});
}
const remoteCache = new Map<string, string | undefined>();

/**
 * The people who committed changes under `dir`: most commits first, ties in order of their first
 * commit; names as `.mailmap` maps them; bots (`name[bot]`) left out. Empty outside git.
 * @param dir e.g. `/work/notes` -> `['Robbe Haegeman', 'Jane Doe']`
 */
export function commitAuthors(dir: string): string[] {
	const root = repoRoot(dir);
	const log = root && git(root, ['log', '--reverse', '--format=%aN', '--', dir]);
	if (!log) return [];
	const counts = new Map<string, number>();
	for (const name of log.split('\n').map((line) => line.trim())) {
		if (name && !/\[bot\]$/.test(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
	}
	// Map keeps first-commit order, and sort is stable: equal counts stay in that order.
	return [...counts].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}

/** Forgets cached git answers (for tests that change a repository between calls). */
export function clearGitCache(): void {
	rootCache.clear();
	commitCache.clear();
	remoteCache.clear();
	datesCache.clear();
	firstDatesCache.clear();
}
