/**
 * Where a content folder sits in its git repository, for everything that leaves the site: `/path`
 * links are relative to the repository root, non-page files link to GitHub, and "Edit this page"
 * opens GitHub's editor (src/route-middleware/page-meta.ts). Content from another repository than
 * the site's links to that repository, on its checked-out branch.
 */
import { currentBranch, remoteRepoUrl, repoRoot } from '../git/git-info.ts';

/** The repository holding a content folder. */
export interface ContentRepo {
	/** Absolute git toplevel, or the content folder itself outside git. */
	root: string;
	/** Branch for GitHub URLs, e.g. `main`. */
	ref: string;
	/** e.g. `https://github.com/owner/notes`; undefined when unknown. */
	url?: string;
}

/**
 * The branch of the site's own repository that GitHub URLs name: `SITE_REPO_BRANCH`, else the pull
 * request's or pushed branch in GitHub Actions, else `main`. A tag is not a branch, so a tag build
 * falls back to `main`.
 * @param env e.g. `{ GITHUB_REF_NAME: 'main', GITHUB_REF_TYPE: 'branch' }`
 */
export function editBranch(env: NodeJS.ProcessEnv = process.env): string {
	if (env.SITE_REPO_BRANCH) return env.SITE_REPO_BRANCH;
	if (env.GITHUB_HEAD_REF) return env.GITHUB_HEAD_REF; // set on pull_request events only
	if (env.GITHUB_REF_NAME && env.GITHUB_REF_TYPE !== 'tag') return env.GITHUB_REF_NAME;
	return 'main';
}

/**
 * Finds the git toplevel, branch and GitHub URL of a content folder.
 * @param dir e.g. `/work/main/content` -> `{ root: '/work/main', ref: 'main', url: siteRepoUrl }`
 * @param siteRepoUrl the site's repository, `readSiteEnv().repoUrl`
 * @param env e.g. `{ SITE_REPO_BRANCH: 'main' }`
 */
export function contentRepo(dir: string, siteRepoUrl: string | undefined, env: NodeJS.ProcessEnv = process.env): ContentRepo {
	const root = repoRoot(dir);
	// A folder outside git is foreign too: it has no repository URL to link to.
	const foreign = root !== repoRoot(process.cwd());
	const url = env.SITE_REPO_URL || (foreign ? root && remoteRepoUrl(root) : siteRepoUrl);
	const ref = foreign && !env.SITE_REPO_BRANCH ? ((root && currentBranch(root)) ?? 'main') : editBranch(env);
	return { root: root ?? dir, ref, ...(url ? { url } : {}) };
}
