import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { githubMarkdownLoader } from './content-loader/github-markdown-loader.ts';
import { readSiteEnv } from './config/site-env.ts';
import { citationFields } from './citation/schema.ts';

const env = readSiteEnv();

/** Fields plain GitHub Markdown never writes; the loader fills them in (src/content-loader/). */
const pageFields = z.object({
	/**
	 * The page's date, e.g. `2024-11-04`. Front matter wins; meeting notes otherwise get it from the
	 * file name or H1 (src/content-loader/meeting-date.ts). Default: none (the page is undated).
	 */
	date: z.coerce.date().optional(),
});

export const collections = {
	docs: defineCollection({
		loader: githubMarkdownLoader(env.contentDir, { repoUrl: env.repoUrl, links: env.links, figures: env.figures }),
		schema: docsSchema({ extend: citationFields.extend(pageFields.shape) }),
	}),
	// Starlight's UI labels we word differently (src/content/i18n/en.json).
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
