// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { readSiteEnv } from './src/config/site-env.ts';

const env = readSiteEnv();

export default defineConfig({
	site: env.site,
	base: env.base,
	outDir: process.env.SITE_OUT_DIR || './dist',
	cacheDir: process.env.SITE_CACHE_DIR || './node_modules/.astro',
	integrations: [
		starlight({
			title: 'Scheduled wake-ups of Kubernetes operators',
			markdown: { processedDirs: [env.contentDir] },
		}),
	],
});
