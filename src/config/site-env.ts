/** Where the site is served and where its Markdown lives, read once from the environment. */
import { resolve } from 'node:path';
import { brokenLinkPolicy } from '../content-loader/broken-link-policy.ts';
import { figurePolicy } from '../content-loader/figure-policy.ts';
import { remoteRepoUrl } from '../git/git-info.ts';

/**
 * Resolves `site`, `base`, the content folder, the GitHub repository URL, what broken links and figures the data does not give do.
 * @param env e.g. `{ SITE_BASE: '/masters-thesis/', CONTENT_DIR: '../notes', LINKS: 'warn', FIGURES: 'warn' }`
 */
export function readSiteEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()) {
	const repository = env.GITHUB_REPOSITORY; // "owner/name", set by GitHub Actions
	const [owner, name] = repository?.split('/') ?? [];
	const pagesSite = owner ? `https://${owner.toLowerCase()}.github.io` : undefined;
	const pagesBase = name && !name.toLowerCase().endsWith('.github.io') ? `/${name}/` : '/';
	return {
		site: env.SITE_URL || pagesSite || 'http://localhost:4321',
		base: withSlashes(env.SITE_BASE || (repository ? pagesBase : '/')),
		contentDir: resolve(cwd, env.CONTENT_DIR || 'content'),
		repoUrl: env.SITE_REPO_URL || (repository ? `https://github.com/${repository}` : remoteRepoUrl(cwd)),
		links: brokenLinkPolicy(env.LINKS),
		figures: figurePolicy(env.FIGURES),
	};
}

function withSlashes(path: string): string {
	return `/${path.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}
