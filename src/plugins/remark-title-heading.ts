/**
 * Drops the H1 that became the page title, so Starlight's title is not followed by the same
 * heading. Kept when front matter gives a different title (then the H1 is content, not a title).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { contentSite } from '../content-loader/scan-content.ts';
import { contentRelPath } from '../content-loader/content-file.ts';

/**
 * Remark plugin removing the title H1 of content pages.
 * @param options e.g. `{ contentDir: '/work/main/content' }`
 */
export function remarkTitleHeading(options: { contentDir: string }) {
	return (tree: Root, file: VFile) => {
		const relPath = contentRelPath(file, options.contentDir);
		const page = relPath === undefined ? undefined : contentSite(options.contentDir).byRelPath.get(relPath);
		if (!page?.titleIsHeading) return;
		const index = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 1);
		if (index !== -1) tree.children.splice(index, 1);
	};
}
