// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightImageZoom from 'starlight-image-zoom';
import { unified } from '@astrojs/markdown-remark';
import { readSiteEnv } from './src/config/site-env.ts';
import { markdownProcessorOptions } from './src/config/markdown.ts';
import { sidebarFromContent } from './src/config/sidebar.ts';
import { buildTimer } from './src/integrations/build-timer.ts';
import { attributionCheck } from './src/integrations/attribution-check.ts';
import { traceAssets } from './src/integrations/trace-assets.ts';
import { mathAssets } from './src/integrations/math-assets.ts';
import { contentFiles } from './src/integrations/content-files.ts';
import { cachedContentRepo } from './src/content-loader/content-file.ts';
import { siteIdentity } from './src/identity/site-identity.ts';
import { siteIdentityReport } from './src/integrations/site-identity-report.ts';
import { devLiveSite } from './src/integrations/dev-live-site.ts';

const env = readSiteEnv();
// Whose notes these are: from their CITATION.cff, else from the notes themselves (src/identity/).
const identity = siteIdentity(env.contentDir);

export default defineConfig({
	site: env.site,
	base: env.base,
	outDir: process.env.SITE_OUT_DIR || './dist',
	cacheDir: process.env.SITE_CACHE_DIR || './node_modules/.astro',
	// MDX pages, wherever the content folder is, import the site's components as `@components/TraceViewer.astro`.
	vite: { resolve: { alias: { '@components': fileURLToPath(new URL('./src/components', import.meta.url)) } } },
	// Astro's default Markdown processor runs no remark/rehype plugins; ours are in src/config/markdown.ts.
	markdown: { processor: unified(markdownProcessorOptions(env)) },
	integrations: [
		// Prints where the title, authors, licence, ... came from.
		siteIdentityReport(identity),
		// Fails the build first when a file under a third-party/ folder lacks its attribution sidecar.
		attributionCheck(env.contentDir),
		starlight({
			title: identity.meta.title,
			markdown: { processedDirs: [env.contentDir] },
			// Start page, then one group per folder, meetings newest first (src/content-loader/content-sidebar.ts); then Credits.
			sidebar: sidebarFromContent(env.contentDir),
			customCss: ['./src/styles/mermaid.css', './src/styles/figure-credit.css', './src/styles/theme-images.css', './src/styles/broken-link.css', './src/styles/figure-reference.css', './src/styles/benchmark-chart.css'],
			// The Atom feed of meeting notes and findings (src/pages/feed.xml.ts), announced on every page.
			head: [{ tag: 'link', attrs: { rel: 'alternate', type: 'application/atom+xml', title: 'Meeting notes and findings', href: `${env.base}feed.xml` } }],
			routeMiddleware: ['./src/route-middleware/page-meta.ts', './src/route-middleware/math-stylesheet.ts', './src/citation/citation-middleware.ts'],
			components: { Head: './src/components/overrides/Head.astro', Search: './src/components/overrides/Search.astro', Footer: './src/components/overrides/Footer.astro' },
			plugins: [starlightImageZoom()],
			// Long lines wrap: a code block never scrolls sideways, so no block is a scrollable region that
			// keyboard users cannot reach (axe: scrollable-region-focusable).
			expressiveCode: { defaultProps: { wrap: true } },
		}),
		// Serves and copies the data of ```trace blocks under <base>_traces/ and loads the viewer where used.
		traceAssets(),
		// Ships KaTeX's stylesheet and fonts under <base>_katex/ when a page has math (linked only from those pages).
		mathAssets(),
		// Serves and copies the repository files that raw HTML shows (`<img src>`, `<video>`) under <base>_files/.
		contentFiles({ root: () => cachedContentRepo(env.contentDir, env.repoUrl).root }),
		// In dev: the sidebar and the site title follow the notes, CITATION.cff is read again when it changes.
		devLiveSite(env.contentDir),
		buildTimer(),
	],
});
