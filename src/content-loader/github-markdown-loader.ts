/**
 * A content loader for a folder of plain GitHub Markdown: Starlight's docs collection without
 * required front matter. It wraps Astro's glob loader and fills in what GitHub readers never write.
 */
import { readFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { firstHeading } from './first-heading.ts';

/**
 * Loads every Markdown file under `base` as a page.
 * @param base absolute folder, e.g. `/work/main/content`
 */
export function githubMarkdownLoader(base: string): Loader {
	const inner = glob({ base, pattern: '**/[^_]*.{md,mdx}' });
	return {
		name: 'github-markdown-loader',
		load: async (context) => {
			const renderErrors: string[] = [];
			await inner.load({
				...context,
				parseData: async (props) => {
					const source = props.filePath ? readFileSync(props.filePath, 'utf8') : '';
					const title = props.data.title ?? firstHeading(source);
					return context.parseData({ ...props, data: { ...props.data, ...(title ? { title } : {}) } });
				},
				// The glob loader only logs a failed render; a broken page must fail the build.
				logger: Object.assign(Object.create(context.logger), {
					error: (message: string) => renderErrors.push(message),
				}),
			});
			if (renderErrors.length > 0) throw new Error(renderErrors.join('\n'));
		},
	};
}
