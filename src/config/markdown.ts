/**
 * The Markdown pipeline for the content folder: plain GitHub Markdown in, Starlight pages out.
 * Used as `markdown.processor: unified(markdownProcessorOptions(env))` in astro.config.mjs.
 * Starlight and Expressive Code add their own plugins AFTER these (asides, heading anchors, code
 * highlighting), so everything here sees the tree first.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import { remarkGithubAlerts } from '../plugins/remark-github-alerts.ts';
import { remarkGithubLinks } from '../plugins/remark-github-links.ts';
import remarkGlossaryLinks from '../plugins/remark-glossary-links.ts';
import { remarkMeetingsIndex } from '../plugins/remark-meetings-index.ts';
import { remarkTitleHeading } from '../plugins/remark-title-heading.ts';
import remarkTraceBlock from '../plugins/remark-trace-block.ts';
import remarkTraceFigures from '../plugins/remark-trace-figures.ts';
import { rehypeMermaidDiagrams } from '../plugins/rehype-mermaid-diagrams.ts';
import rehypeFigureCredit from '../plugins/rehype-figure-credit.ts';

/** What the plugins need to know about the site. */
export interface MarkdownEnv {
	/** Absolute content folder, e.g. `/work/main/content`. */
	contentDir: string;
	/** e.g. `/masters-thesis/` */
	base: string;
	/** e.g. `https://github.com/owner/notes` */
	repoUrl?: string | undefined;
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
			// ```trace blocks become trace viewers (their data goes to the trace-assets integration's store).
			remarkTraceBlock,
			// Links to a trace file with `#figure=...` show that number, computed from the file (before links are rewritten).
			remarkTraceFigures,
			remarkGithubAlerts,
			// Glossary links are written as relative `.md` links, so they go before the link rewriting.
			[remarkGlossaryLinks, { contentDir: env.contentDir }],
			[remarkGithubLinks, site],
			[remarkTitleHeading, site],
			[remarkMeetingsIndex, site],
		],
		// Add rehype plugins here; code-block plugins (mermaid, trace blocks) must stay before
		// Expressive Code, which Starlight appends after this list.
		// rehypeFigureCredit turns images under third-party/ into credited figures (before the zoom plugin wraps them).
		rehypePlugins: [rehypeMermaidDiagrams, rehypeFigureCredit],
	};
}
