/**
 * Remark plugin: a fenced block with the language `benchmark` and a YAML body becomes a chart of
 * the results file it names, drawn at build time with its numbers table (see
 * `embeds/benchmark/render-benchmark-block.ts`). On GitHub the block stays a readable YAML block
 * naming the file. A bad option, a missing field or a missing file fails the build with `page:line`.
 */
import type { Code, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { renderBenchmarkBlock } from '../embeds/benchmark/render-benchmark-block.ts';
import { parseBenchmarkBlock } from '../embeds/benchmark/benchmark-block-options.ts';
import { parseBlockAt } from '../embeds/shared/block-place.ts';
import { hastParagraph } from '../embeds/shared/hast-paragraph.ts';
import type { TraceStore } from '../integrations/trace-store.ts';

/** Options of the plugin; tests pass a store, the site uses the trace-assets integration's. */
export interface RemarkBenchmarkBlockOptions {
	store?: TraceStore;
}

type Parent = { children: RootContent[] };

/** The plugin, e.g. `unified({ remarkPlugins: [remarkBenchmarkBlock] })`. */
export default function remarkBenchmarkBlock(options: RemarkBenchmarkBlockOptions = {}) {
	return (tree: Root, file: VFile): void => {
		const seen = new Map<string, number>();
		const walk = (parent: Parent) => {
			parent.children.forEach((node, index) => {
				if (node.type === 'code' && node.lang === 'benchmark') parent.children[index] = replaceBlock(node, file.path, seen, options.store);
				else if ('children' in node && Array.isArray(node.children)) walk(node as Parent);
			});
		};
		walk(tree);
	};
}

function replaceBlock(node: Code, page: string, seen: Map<string, number>, store: TraceStore | undefined): RootContent {
	const fence = node.position?.start.line ?? 0;
	const parsed = parseBlockAt({ page, fence }, node.value, parseBenchmarkBlock);
	const key = JSON.stringify(parsed);
	const occurrence = (seen.get(key) ?? 0) + 1;
	seen.set(key, occurrence);
	return hastParagraph(renderBenchmarkBlock(parsed, { page, line: fence, occurrence }, store));
}
