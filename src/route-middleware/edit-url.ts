/** Where "Edit on GitHub" points: GitHub's editor for the page's own Markdown file. */
import { repoFileUrl } from '../git/git-info.ts';

/**
 * The branch edits go to: `SITE_REPO_BRANCH`, else the pull request's or pushed branch in
 * GitHub Actions, else `main`. A tag is not a branch, so a tag build falls back to `main`.
 * @param env e.g. `{ GITHUB_REF_NAME: 'main', GITHUB_REF_TYPE: 'branch' }`
 */
export function editBranch(env: NodeJS.ProcessEnv = process.env): string {
	if (env.SITE_REPO_BRANCH) return env.SITE_REPO_BRANCH;
	if (env.GITHUB_HEAD_REF) return env.GITHUB_HEAD_REF; // set on pull_request events only
	if (env.GITHUB_REF_NAME && env.GITHUB_REF_TYPE !== 'tag') return env.GITHUB_REF_NAME;
	return 'main';
}

/**
 * The edit URL of a file, or `undefined` when the repository or the file's place in it is unknown.
 * @param repoUrl e.g. `https://github.com/owner/thesis`
 * @param branch e.g. `main`
 * @param pathInRepo e.g. `content/meetings/2024-11-04.md`
 */
export function editUrl(repoUrl: string | undefined, branch: string, pathInRepo: string | undefined): URL | undefined {
	if (!repoUrl || !pathInRepo || !/^https?:\/\//.test(repoUrl)) return undefined;
	return new URL(repoFileUrl(repoUrl, branch, pathInRepo, 'edit'));
}
