/**
 * ```mermaid blocks become SVG images at build time with rehype-mermaid (a headless Chromium via
 * Playwright). Each diagram is drawn twice, in Mermaid's `default` and `dark` themes, and the page
 * shows the one matching Starlight's `data-theme` (see `src/styles/mermaid.css`): rehype-mermaid's
 * own `<picture>` follows `prefers-color-scheme`, which Starlight's theme switch does not change.
 * Must run before Expressive Code, which would otherwise highlight the block as code.
 *
 * The diagram keeps its words: the image's alt text is its `accTitle`/`accDescr`, else its node
 * and edge labels (`diagram-alt-text.ts`), so screen readers read them and search finds the page
 * by them (Pagefind indexes the alt text of the image shown in the light theme; the dark one is
 * the same words and left out of the index). GitHub draws Mermaid in an iframe whose words
 * neither its search nor the page's text contain; this is where we deliberately differ.
 *
 * A page's drawn diagrams are kept, by the page's path and the diagrams' text: when the dev server
 * renders the page again (an edit to its prose, a glossary term, a linked note's title), its
 * unchanged diagrams are reused instead of starting Chromium again, about 5 s a render here.
 */
import { createRequire } from 'node:module';
import type { Element, ElementContent, Root } from 'hast';
import type { RehypeMermaidOptions } from 'rehype-mermaid';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { chromiumLaunchOptions } from '../chromium/find-chromium.ts';
import { displayFilePath } from '../content-loader/content-file.ts';
import { diagramAltText, diagramLabels } from '../diagrams/diagram-alt-text.ts';

type Transform = (tree: Root, file: VFile) => Promise<void> | void;

/** Whether a hast element is the `<code class="language-mermaid">` of a fenced block. */
function isMermaidCode(node: Element): boolean {
	const className = node.properties.className;
	return node.tagName === 'code' && Array.isArray(className) && className.includes('language-mermaid');
}

/**
 * Rehype plugin rendering Mermaid diagrams; Chromium is only looked for when a page has one, and
 * rehype-mermaid and Playwright are only loaded then (loading them takes about a second of every build).
 * @param options e.g. `{ launch: () => ({ executablePath: '/usr/bin/chromium' }) }` (tests)
 */
export function rehypeMermaidDiagrams(options: { launch?: () => RehypeMermaidOptions['launchOptions'] } = {}) {
	let render: Transform | undefined;
	// The figures drawn for a page, by its path and its diagrams' text (see the header).
	const drawn = new Map<string, Element[]>();
	return async (tree: Root, file: VFile) => {
		const kinds: string[] = [];
		visit(tree, 'element', (node) => {
			if (isMermaidCode(node)) kinds.push(diagramKind(node));
		});
		if (kinds.length === 0) return;
		const blocks = mermaidBlocks(tree, kinds.length);
		const key = blocks && `${file.path}\u0000${blocks.map((block) => block.text).join('\u0000')}`;
		const known = key ? drawn.get(key) : undefined;
		if (blocks && known) {
			blocks.forEach((block, i) => (block.parent.children[block.index] = structuredClone(known[i])));
			return;
		}
		if (!render) {
			let launchOptions: RehypeMermaidOptions['launchOptions'];
			try {
				launchOptions = (options.launch ?? chromiumLaunchOptions)();
			} catch (error) {
				throw new Error(`${displayFilePath(file)}: has a Mermaid diagram, which needs Chromium. ${(error as Error).message}`);
			}
			// Required, not imported: Astro loads the Markdown plugins through Vite's module runner, which is closed
			// by the time pages render, so a dynamic import() would fail; Node's require() loads this ES module as well.
			const plugin = (createRequire(import.meta.url)('rehype-mermaid') as typeof import('rehype-mermaid')).default as unknown as (options: RehypeMermaidOptions) => Transform;
			render = plugin({ strategy: 'img-svg', dark: true, launchOptions, errorFallback: failOnDiagram });
		}
		await render(tree, file);
		showOnePerTheme(tree, kinds);
		const figures = blocks?.map((block) => block.parent.children[block.index]);
		if (key && figures?.every((figure) => figure.type === 'element' && figure.tagName === 'figure'))
			drawn.set(key, structuredClone(figures as Element[]));
	};
}

/** A diagram's `<pre>`: where it sits in its parent, and its text. */
interface MermaidBlock {
	parent: { children: ElementContent[] } | Root;
	index: number;
	text: string;
}

/**
 * The `<pre>` of each of the page's `count` Mermaid code blocks, in order, when each holds its code
 * alone (what rehype-mermaid replaces by a figure); null otherwise, and then nothing is reused.
 */
function mermaidBlocks(tree: Root, count: number): MermaidBlock[] | null {
	const blocks: MermaidBlock[] = [];
	visit(tree, 'element', (node, index, parent) => {
		if (node.tagName !== 'pre' || !parent || index === undefined) return;
		const code = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
		if (code.length === 1 && code[0].type === 'element' && isMermaidCode(code[0])) blocks.push({ parent, index, text: toText(code[0]) });
	});
	return blocks.length === count ? blocks : null;
}

/** The text of an element and its descendants, e.g. a code block's diagram. */
function toText(node: Element): string {
	return node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? toText(child) : '')).join('');
}

function failOnDiagram(element: Element, _diagram: string, error: unknown, file: VFile): never {
	const line = element.position?.start.line;
	const lines = String((error as Error)?.message ?? error).split('\n').map((text) => text.trim()).filter(Boolean);
	// Mermaid counts lines its own way; the fence line above is the reliable place. Keep its "Expecting ..." hint.
	const hint = lines.find((text) => text.startsWith('Expecting'));
	const reason = [lines[0]?.replace(/ on line \d+:?$/, ''), hint && hint.slice(0, 200)].filter(Boolean).join(': ');
	throw new Error(`${displayFilePath(file)}${line ? `:${line}` : ''}: Mermaid diagram has an error: ${reason}`);
}

/** Replaces each `<picture>` (light img + dark source) with two images, one per Starlight theme. */
function showOnePerTheme(tree: Root, kinds: string[]) {
	let index = 0;
	visit(tree, 'element', (node, position, parent) => {
		if (node.tagName !== 'picture' || !parent || position === undefined) return;
		const source = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'source');
		const img = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'img');
		if (!source || !img || !String(img.properties.id ?? '').startsWith('mermaid')) return;
		const src = String(img.properties.src);
		// rehype-mermaid puts accDescr in the alt and accTitle in the title of the image.
		const alt = diagramAltText(kinds[index] ?? 'Mermaid', {
			title: stringOrUndefined(img.properties.title),
			description: stringOrUndefined(img.properties.alt),
			labels: diagramLabels(svgOfDataUri(src)),
		});
		index++;
		const image = (theme: 'light' | 'dark', src: unknown, width: unknown, height: unknown): ElementContent => ({
			type: 'element',
			tagName: 'img',
			properties: {
				className: [`mermaid-diagram__${theme}`],
				src: String(src),
				alt,
				width: Number(width),
				height: Number(height),
				...(theme === 'light' ? { dataPagefindIndexAttrs: 'alt' } : { dataPagefindIgnore: '' }),
			},
			children: [],
		});
		parent.children[position] = {
			type: 'element',
			tagName: 'figure',
			properties: { className: ['mermaid-diagram'] },
			children: [
				image('light', src, img.properties.width, img.properties.height),
				image('dark', source.properties.srcSet ?? source.properties.srcset, source.properties.width, source.properties.height),
			],
		};
	});
}

/** The diagram type from its first line, for the alt text, e.g. `sequenceDiagram` -> `Sequence`. */
function diagramKind(code: Element): string {
	const keyword = toText(code).trim().split(/\s+/)[0] ?? '';
	const names: Record<string, string> = { graph: 'Flowchart', flowchart: 'Flowchart', sequenceDiagram: 'Sequence', classDiagram: 'Class', stateDiagram: 'State', 'stateDiagram-v2': 'State', erDiagram: 'Entity relationship', gantt: 'Gantt', pie: 'Pie chart', gitGraph: 'Git graph', timeline: 'Timeline', mindmap: 'Mind map' };
	return names[keyword] ?? 'Mermaid';
}

function stringOrUndefined(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** The SVG text of a `data:image/svg+xml,...` URI as mini-svg-data-uri writes it (percent-encoded, or base64). */
function svgOfDataUri(uri: string): string {
	const comma = uri.indexOf(',');
	const data = uri.slice(comma + 1);
	return uri.slice(0, comma).endsWith(';base64') ? Buffer.from(data, 'base64').toString('utf8') : decodeURIComponent(data);
}
