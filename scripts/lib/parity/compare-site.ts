/**
 * Compares every Markdown page of a content folder with its built page: reads the folder with the
 * site's own model (src/content-loader/scan-content.ts), so page ids, URLs and titles are the ones
 * the build used; finds each page's `index.html` in the build output; and scores the two.
 * A page that cannot be compared (missing from the build, cmark-gfm failing, not a Starlight page)
 * is kept with score 0 and the reason, never dropped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isMdxPath } from '../../../src/content-loader/parse-markdown.ts';
import { refreshContentSite } from '../../../src/content-loader/scan-content.ts';
import { displayPath } from '../../../src/content-loader/display-path.ts';
import { pageHref } from '../../../src/content-loader/page-id.ts';
import { githubRules, siteRules } from './deliberate-differences.ts';
import { githubView } from './github-view.ts';
import { scoreParity, type PageParity } from './score-parity.ts';
import { siteView } from './site-view.ts';
import { summarizePage } from './summarize-page.ts';

/** One content folder and the build made from it, e.g. `{ name: 'gfm', contentDir: 'tests/fixtures/gfm-site', outDir: 'dist-test-gfm' }`. */
export interface SiteToCompare {
	name: string;
	contentDir: string;
	outDir: string;
}

/** The result for one Markdown file. */
export interface PageResult {
	/** As printed, e.g. `content/findings/README.md`. */
	file: string;
	/** 0..1; 0 when the page could not be compared. */
	score: number;
	parity?: PageParity;
	/** Why the page could not be compared, e.g. `missing from the build: dist/findings/index.html`. */
	problem?: string;
}

/** The result for one content folder. */
export interface SiteParity extends SiteToCompare {
	pages: PageResult[];
	/** Files deliberately not compared, with the reason. */
	notCompared: { file: string; reason: string }[];
}

/** Why MDX pages are not compared (the contributor guide: `.md` is GitHub Markdown, `.mdx` is trusted code). */
export const mdxReason = 'MDX is code (imports, components), not GitHub Markdown';

/**
 * Compares each page of a content folder with the build.
 * @param site e.g. `{ name: 'main', contentDir: 'content', outDir: 'dist' }` (relative to the working directory)
 * @param render Markdown to github.com's HTML; cmark-gfm unless a test passes another
 */
export function compareSite(site: SiteToCompare, render?: (markdown: string) => string): SiteParity {
	const contentDir = resolve(site.contentDir);
	const outDir = resolve(site.outDir);
	const pages: PageResult[] = [];
	const notCompared: SiteParity['notCompared'] = [];
	for (const page of refreshContentSite(contentDir).pages) {
		const file = displayPath(join(contentDir, page.relPath));
		if (isMdxPath(page.relPath)) {
			notCompared.push({ file, reason: mdxReason });
			continue;
		}
		const htmlPath = join(outDir, pageHref(page.id, '/'), 'index.html');
		if (!existsSync(htmlPath)) {
			pages.push({ file, score: 0, problem: `missing from the build: no ${displayPath(htmlPath)}` });
			continue;
		}
		let github;
		try {
			github = summarizePage(githubView(readFileSync(join(contentDir, page.relPath), 'utf8'), render), githubRules);
		} catch (error) {
			pages.push({ file, score: 0, problem: `cannot render it as GitHub does: ${(error as Error).message}` });
			continue;
		}
		let built;
		try {
			built = summarizePage(siteView(readFileSync(htmlPath, 'utf8'), page), siteRules);
		} catch (error) {
			pages.push({ file, score: 0, problem: `${displayPath(htmlPath)}: ${(error as Error).message}` });
			continue;
		}
		const parity = scoreParity(github, built);
		pages.push({ file, score: parity.score, parity });
	}
	return { ...site, pages, notCompared };
}
