/** Helpers the Markdown plugins share to find out which content page a file being rendered is. */
import { statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { VFile } from 'vfile';
import { contentRepo, type ContentRepo } from '../content-loader/content-repo.ts';

/**
 * The file's path relative to the content folder, or undefined when it lies outside.
 * @param file the vfile being rendered, e.g. path `/work/main/content/meetings/x.md`
 * @param contentDir e.g. `/work/main/content` -> `meetings/x.md`
 */
export function contentRelPath(file: VFile, contentDir: string): string | undefined {
	if (!file.path) return undefined;
	const rel = relative(contentDir, file.path);
	if (rel === '' || rel.startsWith('..') || rel.startsWith(sep)) return undefined;
	return rel.split(sep).join('/');
}

const repos = new Map<string, ContentRepo>();

/**
 * The repository of a content folder, asked of git once per folder.
 * @param contentDir e.g. `/work/main/content`
 * @param siteRepoUrl e.g. `readSiteEnv().repoUrl`
 */
export function cachedContentRepo(contentDir: string, siteRepoUrl: string | undefined): ContentRepo {
	let repo = repos.get(contentDir);
	if (!repo) {
		repo = contentRepo(contentDir, siteRepoUrl);
		repos.set(contentDir, repo);
	}
	return repo;
}

/**
 * A `pathKind` for the link resolver that looks at the disk under the repository root.
 * @param root e.g. `/work/main`
 */
export function diskPathKind(root: string): (repoPath: string) => 'file' | 'dir' | undefined {
	return (repoPath) => {
		try {
			const stats = statSync(join(root, repoPath));
			return stats.isDirectory() ? 'dir' : stats.isFile() ? 'file' : undefined;
		} catch {
			return undefined;
		}
	};
}

/**
 * The content folder relative to its repository root, posix.
 * @param contentDir e.g. `/work/main/content` with root `/work/main` -> `content`
 */
export function contentPathInRepo(contentDir: string, root: string): string {
	return relative(root, contentDir).split(sep).join('/');
}

/**
 * How messages name the file being rendered: relative to the working directory when inside it.
 * @param file e.g. a vfile with path `/work/main/content/x.md` -> `content/x.md`
 */
export function displayFilePath(file: VFile): string {
	if (!file.path) return '<markdown>';
	const rel = relative(process.cwd(), file.path);
	return rel.startsWith('..') ? file.path : rel;
}
