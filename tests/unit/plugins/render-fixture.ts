/** Renders a Markdown fixture through our remark plugins the way the site does, minus Starlight. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContainerDirective } from 'mdast-util-directive';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { markdownProcessorOptions } from '../../../src/config/markdown.ts';

/** The folder of one-case-per-file Markdown fixtures. */
export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/markdown');

/** The site settings fixtures are rendered with. */
export const fixtureEnv = { contentDir: fixturesDir, base: '/masters-thesis/', repoUrl: 'https://github.com/example/masters-thesis' };

/**
 * Renders `tests/fixtures/markdown/<name>.md` to HTML with our remark plugins, and with `rehype` also
 * our rehype plugins (raw HTML sanitized, its links and theme images; fixtures with Mermaid need a
 * browser and have their own test). Starlight's aside plugin is replaced by a stand-in that shows
 * the directive it would receive: `<aside data-directive="note" data-icon="...">`.
 * @param name e.g. `alerts-all-kinds`
 * @param options e.g. `{ rehype: true }`
 */
export async function renderFixture(name: string, options: { rehype?: boolean } = {}): Promise<string> {
	const path = join(fixturesDir, `${name}.md`);
	const source = readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
	const { remarkPlugins = [], rehypePlugins = [] } = markdownProcessorOptions(fixtureEnv);
	const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
	const use = (plugin: (typeof remarkPlugins)[number] | (typeof rehypePlugins)[number]) => {
		if (Array.isArray(plugin)) processor.use(plugin[0] as never, plugin[1]);
		else processor.use(plugin as never);
	};
	for (const plugin of remarkPlugins) use(plugin);
	processor
		.use(remarkRehype, {
			allowDangerousHtml: true,
			handlers: {
				containerDirective: (state, node: ContainerDirective) => ({
					type: 'element',
					tagName: 'aside',
					properties: { dataDirective: node.name, dataIcon: node.attributes?.icon ?? undefined },
					children: state.all(node),
				}),
			},
		});
	if (options.rehype) for (const plugin of rehypePlugins) use(plugin);
	processor.use(rehypeStringify, { allowDangerousHtml: true });
	return String(await processor.process(new VFile({ path, value: source })));
}
