/**
 * Where a page's Markdown lives in git: the build commit of its repository, its last change, and a
 * permanent GitHub link to that exact version. Content may sit in another repository than the site.
 */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildCommit, type BuildCommit, lastCommitDate, pathInRepo, remoteRepoUrl, repoFileUrl, repoRoot } from '../git/git-info.ts';

/** What git says about one page's file. */
export interface PageSource {
	/** The commit checked out in the file's repository. */
	commit?: BuildCommit;
	/** The file's last committed change. */
	updated?: Date;
	/** `<repo>/blob/<commit>/<path>`, only for a committed file in a known GitHub repository. */
	permalink?: string;
}

/**
 * Looks a page's file up in git.
 * @param absFilePath e.g. `/work/main/content/meetings/2024-11-04.md`
 * @param siteRepoUrl the site's repository, e.g. `https://github.com/owner/masters-thesis`; a file in
 *   another repository links to that repository's `origin` instead
 * @param scopeDir folder whose history is read in one go, e.g. the content folder
 */
export function pageSource(absFilePath: string, siteRepoUrl: string | undefined, scopeDir?: string): PageSource {
	// Pages made in code (e.g. Credits) have no Markdown file: cite the site's own build commit.
	const siteRoot = repoRoot(process.cwd());
	if (!existsSync(absFilePath)) return siteRoot ? { commit: buildCommit(siteRoot) } : {};
	const root = repoRoot(dirname(absFilePath));
	if (!root) return {};
	const commit = buildCommit(root);
	const updated = lastCommitDate(absFilePath, scopeDir);
	const repoUrl = root === siteRoot ? siteRepoUrl : (remoteRepoUrl(root) ?? siteRepoUrl);
	const path = pathInRepo(absFilePath);
	// An uncommitted file has no last change and is not at the build commit: no permalink then.
	const permalink = repoUrl && commit && path && updated ? repoFileUrl(repoUrl, commit.sha, path, 'blob') : undefined;
	return { commit, updated, permalink };
}
