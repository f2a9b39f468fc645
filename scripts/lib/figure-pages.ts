/** The figure references of every page of a content folder, as `check-figures.ts` takes them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listMarkdownFiles } from '../../src/content-loader/scan-content.ts';
import { displayPath } from '../../src/content-loader/display-path.ts';
import { isMdxPath, parseMarkdown } from '../../src/content-loader/parse-markdown.ts';
import type { FigurePage } from '../../src/embeds/check-figures.ts';
import { figureLinkTexts } from '../../src/embeds/shared/figure-link-texts.ts';

/**
 * Reads the pages (`.md`, `.mdx`, as the build lists them) and their figure links.
 * @param dir absolute content folder, e.g. `/work/main/content`
 */
export function figurePages(dir: string): FigurePage[] {
	return listMarkdownFiles(dir).map((relPath) => {
		const path = join(dir, relPath);
		const { tree } = parseMarkdown(readFileSync(path, 'utf8'), { mdx: isMdxPath(relPath) });
		return { path, display: displayPath(path), figures: figureLinkTexts(tree) };
	});
}
