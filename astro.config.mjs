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
import { siteMeta } from './src/config/site-meta.ts';

const env = readSiteEnv();

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
		// Fails the build first when a file under a third-party/ folder lacks its attribution sidecar.
		attributionCheck(env.contentDir),
		starlight({
			title: siteMeta.title,
			markdown: { processedDirs: [env.contentDir] },
			// Start page, then one group per folder, meetings newest first (src/content-loader/content-sidebar.ts); then Credits.
			sidebar: sidebarFromContent(env.contentDir),
			customCss: ['./src/styles/mermaid.css', './src/styles/figure-credit.css'],
			// The Atom feed of meeting notes and findings (src/pages/feed.xml.ts), announced on every page.
			head: [{ tag: 'link', attrs: { rel: 'alternate', type: 'application/atom+xml', title: 'Meeting notes and findings', href: `${env.base}feed.xml` } }],
			routeMiddleware: ['./src/route-middleware/page-meta.ts', './src/citation/citation-middleware.ts'],
			components: { Head: './src/components/overrides/Head.astro', Search: './src/components/overrides/Search.astro', Footer: './src/components/overrides/Footer.astro' },
			plugins: [starlightImageZoom()],
			// Long lines wrap: a code block never scrolls sideways, so no block is a scrollable region that
			// keyboard users cannot reach (axe: scrollable-region-focusable).
			expressiveCode: { defaultProps: { wrap: true } },
		}),
		// Serves and copies the data of ```trace blocks under <base>_traces/ and loads the viewer where used.
		traceAssets(),
		buildTimer(),
	],
});
