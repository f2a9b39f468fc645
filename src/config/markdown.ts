/**
 * The Markdown pipeline for the content folder: plain GitHub Markdown in, Starlight pages out.
 * Used as `markdown.processor: unified(markdownProcessorOptions(env))` in astro.config.mjs.
 * Starlight and Expressive Code add their own plugins AFTER these in each list (asides, heading
 * anchors, code highlighting): Starlight's asides exist by the time our rehype plugins run, its
 * heading anchors and Expressive Code come after them.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import { remarkGithubAlerts } from '../plugins/remark-github-alerts.ts';
import { remarkGithubLinks } from '../plugins/remark-github-links.ts';
import remarkGlossaryLinks from '../plugins/remark-glossary-links.ts';
import { remarkMeetingsIndex } from '../plugins/remark-meetings-index.ts';
import { remarkTitleHeading } from '../plugins/remark-title-heading.ts';
import remarkTraceBlock from '../plugins/remark-trace-block.ts';
import remarkBenchmarkBlock from '../plugins/remark-benchmark-block.ts';
import { rehypeGithubSanitize } from '../plugins/rehype-github-sanitize.ts';
import { rehypeRawHtmlLinks } from '../plugins/rehype-raw-html-links.ts';
import { rehypeThemeImages } from '../plugins/rehype-theme-images.ts';
import remarkFigureReferences from '../plugins/remark-figure-references.ts';
import type { FigurePolicy } from '../content-loader/figure-policy.ts';
import { rehypeMermaidDiagrams } from '../plugins/rehype-mermaid-diagrams.ts';
import { remarkGithubMath } from '../plugins/remark-github-math.ts';
import { remarkGithubEmoji } from '../plugins/remark-github-emoji.ts';
import { remarkHtmlUnquotedSlash } from '../plugins/remark-html-unquoted-slash.ts';
import { rehypeGithubMath } from '../plugins/rehype-github-math.ts';
import rehypeFigureCredit from '../plugins/rehype-figure-credit.ts';

/** What the plugins need to know about the site. */
export interface MarkdownEnv {
	/** Absolute content folder, e.g. `/work/main/content`. */
	contentDir: string;
	/** e.g. `/masters-thesis/` */
	base: string;
	/** e.g. `https://github.com/owner/notes` */
	repoUrl?: string | undefined;
	/** What figure numbers the data does not give do (`FIGURES`), e.g. `warn`; default `fail`. */
	figures?: FigurePolicy;
}

/**
 * Options for `unified()` from `@astrojs/markdown-remark`.
 * @param env e.g. `readSiteEnv()`
 */
export function markdownProcessorOptions(env: MarkdownEnv): UnifiedProcessorOptions {
	const site = { contentDir: env.contentDir, base: env.base, ...(env.repoUrl ? { repoUrl: env.repoUrl } : {}) };
	return {
		// GitHub does not turn quotes and dashes into typographic ones; keep the text as written.
		smartypants: false,
		// Add remark plugins here (one file each in src/plugins/); order matters: links are resolved
		// before generated lists add site URLs, alerts must become directives before Starlight's asides run.
		remarkPlugins: [
			// `$...$`, `$$...$$` with GitHub's dollar rules (a syntax extension: its place in the list does not matter).
			remarkGithubMath,
			// `<img src=./x.png>`: a `/` in an unquoted attribute value, HTML as on GitHub (also a syntax extension).
			remarkHtmlUnquotedSlash,
			remarkGithubEmoji,
			// ```trace blocks become trace viewers (their data goes to the trace-assets integration's store).
			remarkTraceBlock,
			// ```benchmark blocks become charts drawn at build time, with their numbers table.
			remarkBenchmarkBlock,
			// Figure references (`[11.5](x.csv#figure=...)`) are checked against their data and described (before links are rewritten).
			[remarkFigureReferences, { figures: env.figures ?? 'fail' }],
			remarkGithubAlerts,
			// Glossary links are written as relative `.md` links, so they go before the link rewriting.
			[remarkGlossaryLinks, { contentDir: env.contentDir }],
			[remarkGithubLinks, site],
			[remarkTitleHeading, site],
			[remarkMeetingsIndex, site],
		],
		// Add rehype plugins here, AFTER rehypeGithubSanitize: it parses and sanitizes the authors' raw HTML
		// first, so markup a later plugin adds is never stripped (what remark plugins and Starlight made
		// before it is listed in src/raw-html/site-markup.ts). Code-block plugins (mermaid) must stay
		// before Expressive Code, which Starlight appends after this list.
		rehypePlugins: [
			rehypeGithubSanitize,
			// Images under third-party/ become credited figures, from their paths as written (before the zoom plugin wraps them).
			rehypeFigureCredit,
			// Raw-HTML links and images resolve like Markdown ones, then theme images become one image per theme.
			[rehypeRawHtmlLinks, site],
			rehypeThemeImages,
			// Math (also ```math blocks) drawn with KaTeX.
			rehypeGithubMath,
			rehypeMermaidDiagrams,
		],
	};
}
