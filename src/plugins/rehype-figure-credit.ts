/**
 * rehype plugin: an image whose file sits under a `third-party/` folder becomes a `<figure>` with a
 * caption and the credit line from its `<file>.attribution.yml` sidecar ("Adapted from <title> by
 * <author>, <licence>." or "From …"). A sibling `<name>.dark.<ext>` is added as the dark-theme
 * variant (inlined as a data URL: Astro only bundles images the Markdown names), and the two are
 * shown per Starlight's `data-theme` by `src/styles/figure-credit.css`.
 * Caption: the image's Markdown title, else the sidecar's `caption`, else the alt text.
 * Runs before Astro's own image step, so `src` is still the path as written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, resolve, sep } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { readAttribution } from '../attribution/check-attributions.ts';
import { creditLine } from '../attribution/credit-line.ts';
import type { Attribution } from '../attribution/schema.ts';
import { thirdPartyFolder } from '../attribution/schema.ts';

const mimeTypes: Record<string, string> = {
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.gif': 'image/gif',
	'.avif': 'image/avif',
};

/**
 * The absolute file an image `src` points to, when it is a local file under a `third-party/` folder.
 * @param src e.g. `third-party/diagram.svg`
 * @param markdownFile e.g. `/work/main/content/findings/page.md`
 */
export function thirdPartyImagePath(src: string, markdownFile: string): string | undefined {
	if (/^[a-z][a-z0-9+.-]*:|^\/\/|^\//i.test(src)) return undefined;
	const file = resolve(dirname(markdownFile), decodeURI(src.split(/[?#]/)[0]));
	return file.split(sep).includes(thirdPartyFolder) ? file : undefined;
}

/**
 * The dark-theme sibling of an image file, if there is one.
 * @param file e.g. `/c/third-party/diagram.svg` -> `/c/third-party/diagram.dark.svg`
 */
export function darkVariantPath(file: string): string | undefined {
	const ext = extname(file);
	const dark = `${file.slice(0, -ext.length)}.dark${ext}`;
	return existsSync(dark) ? dark : undefined;
}

/** The dark-theme image: a data URL, plus the size an SVG declares (Astro sizes only the light one). */
export interface DarkVariant {
	src: string;
	width?: number;
	height?: number;
}

/**
 * Reads a dark variant into a data URL, or `undefined` for a type browsers cannot show.
 * @param file e.g. `/c/third-party/diagram.dark.svg`
 */
export function darkVariant(file: string): DarkVariant | undefined {
	const mime = mimeTypes[extname(file).toLowerCase()];
	if (!mime) return undefined;
	const bytes = readFileSync(file);
	const variant: DarkVariant = { src: `data:${mime};base64,${bytes.toString('base64')}` };
	const root = mime === 'image/svg+xml' ? bytes.toString('utf8').match(/<svg\b[^>]*>/)?.[0] : undefined;
	const size = (name: string) => Number(root?.match(new RegExp(`\\s${name}="(\\d+(?:\\.\\d+)?)(?:px)?"`))?.[1]) || undefined;
	const [width, height] = [size('width'), size('height')];
	return width && height ? { ...variant, width, height } : variant;
}

/**
 * The figure for one credited image (and its dark variant).
 * @param image the `<img>` element as Markdown produced it
 * @param attribution its sidecar
 * @param dark the dark variant's data URL (and size, for an SVG), if there is one
 */
export function creditedFigure(image: Element, attribution: Attribution, dark?: DarkVariant): Element {
	const title = typeof image.properties.title === 'string' ? image.properties.title : undefined;
	const alt = typeof image.properties.alt === 'string' ? image.properties.alt : '';
	const caption = title ?? attribution.caption ?? alt;
	const line = creditLine(attribution);
	const light: Element = { ...image, properties: { ...image.properties, title: undefined } };
	const media: ElementContent[] = dark
		? [
				div('figure-theme-light', [light]),
				div('figure-theme-dark', [{ type: 'element', tagName: 'img', properties: { ...light.properties, ...dark }, children: [] }]),
			]
		: [light];
	const text = (value: string): ElementContent => ({ type: 'text', value });
	const link = (href: string, label: string, rel?: string): Element => ({
		type: 'element',
		tagName: 'a',
		properties: { href, ...(rel ? { rel: [rel] } : {}) },
		children: [text(label)],
	});
	return {
		type: 'element',
		tagName: 'figure',
		properties: { className: ['credited-figure'] },
		children: [
			...media,
			{
				type: 'element',
				tagName: 'figcaption',
				properties: {},
				children: [
					{ type: 'element', tagName: 'span', properties: { className: ['figure-caption'] }, children: [text(caption)] },
					text(' '),
					{
						type: 'element',
						tagName: 'span',
						properties: { className: ['figure-credit'] },
						children: [
							text(`${line.lead} `),
							link(line.source, line.title),
							text(` by ${line.author}, `),
							link(line.licenseUrl, line.license, 'license'),
							text('.'),
						],
					},
				],
			},
		],
	};
}

function div(className: string, children: ElementContent[]): Element {
	return { type: 'element', tagName: 'div', properties: { className: [className] }, children };
}

function isBlank(node: ElementContent): boolean {
	return node.type === 'text' ? node.value.trim() === '' : false;
}

/** The plugin; register it in the Markdown processor's rehype plugin list. */
export default function rehypeFigureCredit() {
	return (tree: Root, file: VFile) => {
		const markdownFile = file.path;
		if (!markdownFile) return;
		const credit = (image: Element): Element | undefined => {
			const src = image.properties.src;
			const path = typeof src === 'string' ? thirdPartyImagePath(src, markdownFile) : undefined;
			if (!path) return undefined;
			const where = `${markdownFile}:${image.position?.start.line ?? '?'}:${image.position?.start.column ?? '?'}`;
			const result = readAttribution(path);
			if (!('attribution' in result)) throw new Error(`${where}: third-party image ${String(src)}: ${result.reasons.join('; ')}`);
			const darkPath = darkVariantPath(path);
			return creditedFigure(image, result.attribution, darkPath ? darkVariant(darkPath) : undefined);
		};
		// Builds each children list anew, so new figures are never visited (and credited) twice.
		const visit = (parent: Root | Element) => {
			const out: ElementContent[] = [];
			for (const child of parent.children as ElementContent[]) {
				if (child.type === 'element' && child.tagName === 'p') {
					const images = child.children.filter((node): node is Element => node.type === 'element' && node.tagName === 'img');
					const figures = images.map(credit);
					const first = figures.findIndex(Boolean);
					if (first >= 0) {
						const alone = child.children.every((node) => isBlank(node) || images.includes(node as Element));
						if (!alone) {
							const image = images[first];
							throw new Error(
								`${markdownFile}:${image.position?.start.line ?? '?'}: third-party image ${String(image.properties.src)} must stand alone in its paragraph, so its credit can be shown under it.`,
							);
						}
						out.push(...images.map((image, i) => figures[i] ?? image));
						continue;
					}
				}
				const figure = child.type === 'element' && child.tagName === 'img' ? credit(child) : undefined;
				if (figure) {
					out.push(figure);
					continue;
				}
				if (child.type === 'element') visit(child);
				out.push(child);
			}
			parent.children = out as typeof parent.children;
		};
		visit(tree);
	};
}
