/**
 * Where a content folder sits in its git repository, for links that leave the site: `/path` links
 * are relative to the repository root, and non-page files link to GitHub. Same rules as the edit
 * links (src/route-middleware/page-meta.ts): content from another repository links to that one.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

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
 * Finds the git toplevel, branch and GitHub URL of a content folder.
 * @param dir e.g. `/work/main/content` -> `{ root: '/work/main', ref: 'main', url: siteRepoUrl }`
 * @param siteRepoUrl the site's repository, `readSiteEnv().repoUrl`
 * @param env e.g. `{ SITE_REPO_BRANCH: 'main' }`
 */
export function contentRepo(dir: string, siteRepoUrl: string | undefined, env: NodeJS.ProcessEnv = process.env): ContentRepo {
	const root = git(dir, ['rev-parse', '--show-toplevel']) ?? dir;
	const siteRoot = git(process.cwd(), ['rev-parse', '--show-toplevel']);
	const foreign = resolve(root) !== resolve(siteRoot ?? process.cwd());
	const url = env.SITE_REPO_URL || (foreign ? originUrl(root) : siteRepoUrl);
	const ciBranch = env.GITHUB_HEAD_REF || (env.GITHUB_REF_TYPE !== 'tag' ? env.GITHUB_REF_NAME : undefined);
	const ref = env.SITE_REPO_BRANCH || (foreign ? undefined : ciBranch) || git(root, ['symbolic-ref', '--quiet', '--short', 'HEAD']) || 'main';
	return { root, ref, ...(url ? { url } : {}) };
}

function originUrl(root: string): string | undefined {
	const remote = git(root, ['remote', 'get-url', 'origin']);
	const match = remote?.match(/github\.com[:/]+([^/\s]+\/[^/\s]+?)(?:\.git)?\/?$/);
	return match ? `https://github.com/${match[1]}` : undefined;
}

function git(cwd: string, args: string[]): string | undefined {
	try {
		return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
	} catch {
		return undefined;
	}
}
