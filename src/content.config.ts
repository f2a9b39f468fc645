import { defineCollection } from 'astro:content';
import { docsSchema } from '@astrojs/starlight/schema';
import { githubMarkdownLoader } from './content-loader/github-markdown-loader.ts';
import { readSiteEnv } from './config/site-env.ts';

export const collections = {
	docs: defineCollection({
		loader: githubMarkdownLoader(readSiteEnv().contentDir),
		schema: docsSchema(),
	}),
};
