/**
 * Remark plugin: a fenced block with the language `trace` and a YAML body becomes an embedded
 * trace viewer (see render-trace-block.ts). On GitHub the block stays a readable YAML block
 * naming the file. In MDX it also tells each `<TraceViewer>` which page and line it is on, so
 * its `src` resolves relative to the page like a block's.
 */
import type { Code, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { renderTraceBlock } from '../embeds/trace/render-trace-block.ts';
import { parseTraceBlock } from '../embeds/trace/trace-block-options.ts';
import { parseBlockAt } from '../embeds/shared/block-place.ts';
import { hastParagraph } from '../embeds/shared/hast-paragraph.ts';
import type { TraceStore } from '../integrations/trace-store.ts';

/** Options of the plugin; tests pass a store, the site uses the integration's. */
export interface RemarkTraceBlockOptions {
	store?: TraceStore;
}

type Parent = { children: RootContent[] };
type JsxElement = { type: 'mdxJsxFlowElement'; name: string | null; attributes: { type: string; name?: string; value?: unknown }[]; position?: Code['position'] };

/** The plugin, e.g. `unified({ remarkPlugins: [remarkTraceBlock] })`. */
export default function remarkTraceBlock(options: RemarkTraceBlockOptions = {}) {
	return (tree: Root, file: VFile): void => {
		const page = file.path;
		const seen = new Map<string, number>();
		let viewers = 0; // the first viewer of a page gets its data preloaded
		const walk = (parent: Parent) => {
			parent.children.forEach((node, index) => {
				if (node.type === 'code' && node.lang === 'trace') parent.children[index] = replaceBlock(node, page, seen, viewers++ === 0, options.store);
				else if (isTraceViewer(node)) annotateComponent(node, page, seen, viewers++ === 0);
				if ('children' in node && Array.isArray(node.children)) walk(node as Parent);
			});
		};
		walk(tree);
	};
}

function replaceBlock(node: Code, page: string, seen: Map<string, number>, preload: boolean, store: TraceStore | undefined): RootContent {
	const fence = node.position?.start.line ?? 0;
	const parsed = parseBlockAt({ page, fence }, node.value, parseTraceBlock);
	const occurrence = (seen.get(parsed.src) ?? 0) + 1;
	seen.set(parsed.src, occurrence);
	return hastParagraph(renderTraceBlock(parsed, { page, line: fence, occurrence, preload }, store));
}

function annotateComponent(node: JsxElement, page: string, seen: Map<string, number>, preload: boolean): void {
	const src = node.attributes.find((a) => a.name === 'src')?.value;
	const key = typeof src === 'string' ? src : '';
	const occurrence = (seen.get(key) ?? 0) + 1;
	seen.set(key, occurrence);
	const number = (name: string, value: number) => ({ type: 'mdxJsxAttribute', name, value: { type: 'mdxJsxAttributeValueExpression', value: String(value), data: { estree: estreeNumber(value) } } });
	node.attributes.push({ type: 'mdxJsxAttribute', name: 'page', value: page }, number('line', node.position?.start.line ?? 0), number('occurrence', occurrence));
	if (preload) node.attributes.push({ type: 'mdxJsxAttribute', name: 'preload' });
}

function isTraceViewer(node: RootContent | JsxElement): node is JsxElement {
	return node.type === 'mdxJsxFlowElement' && (node as JsxElement).name === 'TraceViewer';
}

/** The estree of a number literal, which MDX needs for an attribute expression. */
function estreeNumber(value: number) {
	return { type: 'Program', sourceType: 'module', body: [{ type: 'ExpressionStatement', expression: { type: 'Literal', value, raw: String(value) } }] };
}
