/** Where "Edit on GitHub" points: GitHub's editor for the page's own Markdown file. */
import { repoFileUrl } from '../git/git-info.ts';

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
