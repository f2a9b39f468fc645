/**
 * Images for one colour mode, written the ways GitHub documents
 * (https://docs.github.com/en/get-started/writing-on-github/getting-started-with-writing-and-formatting-on-github/basic-writing-and-formatting-syntax#specifying-the-theme-an-image-is-shown-to):
 * a `<picture>` with `<source media="(prefers-color-scheme: dark)" srcset="...">`, or an image whose
 * URL ends in `#gh-dark-mode-only` / `#gh-light-mode-only`. GitHub picks by its own colour mode;
 * the site picks by Starlight's theme (`data-theme` on `<html>`, set by the theme picker), so the
 * picker wins over the system setting both ways: each picture becomes one image per theme, shown
 * by src/styles/theme-images.css. Without JavaScript the page is dark (Starlight's default), and
 * so is the image shown. Runs after rehype-raw-html-links, so URLs are the site's already.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { candidates } from '../raw-html/html-urls.ts';
import { themeFragments } from '../github-markdown/resolve-github-link.ts';

type Theme = 'light' | 'dark';

/** The plugin, e.g. `rehypePlugins: [..., rehypeThemeImages]`. */
export function rehypeThemeImages() {
	return (tree: Root, file: VFile) => {
		const walk = (parent: Root | Element) => {
			parent.children = parent.children.flatMap((child): ElementContent[] => {
				if (child.type !== 'element') return [child as ElementContent];
				if (child.tagName === 'picture') {
					const images = themePicture(child);
					if (images) return images;
				}
				if (child.tagName === 'img') {
					const themed = themeFragmentImage(child, file);
					if (themed) return [themed];
				}
				walk(child);
				return [child];
			}) as typeof parent.children;
		};
		walk(tree);
	};
}

/**
 * A `<picture>` with colour-scheme sources as one image per theme, or undefined when it has none.
 * @param picture e.g. `<picture><source media="(prefers-color-scheme: dark)" srcset="dark.png"><img src="light.png" alt="Logo"></picture>`
 */
export function themePicture(picture: Element): Element[] | undefined {
	const children = picture.children.filter((child): child is Element => child.type === 'element');
	const img = children.find((child) => child.tagName === 'img');
	const source = (theme: Theme) => children.find((child) => child.tagName === 'source' && colorScheme(child.properties.media) === theme);
	const [dark, light] = [source('dark'), source('light')];
	if (!dark && !light) return undefined;
	const base = img?.properties ?? {};
	const variant = (theme: Theme, from: Element | undefined): Element => {
		const sources = from ? candidates('srcSet', from.properties.srcSet) : [];
		const src = sources[0]?.url ?? String(base.src ?? '');
		// Several sizes (`a.png 1x, a@2x.png 2x`) stay a srcset; one URL is the image's src.
		const properties = { ...base, src, ...(sources.some(({ size }) => size !== '') ? { srcSet: String(from?.properties.srcSet) } : {}) };
		return wrap(theme, { type: 'element', tagName: 'img', properties, children: [] });
	};
	return [variant('light', light), variant('dark', dark)];
}

/** An image whose URL ends in a theme fragment, wrapped to show in that theme only; the fragment goes. */
function themeFragmentImage(img: Element, file: VFile): Element | undefined {
	const src = typeof img.properties.src === 'string' ? img.properties.src : '';
	const fragment = themeFragments.find((candidate) => src.endsWith(candidate));
	if (!fragment) return undefined;
	const plain = src.slice(0, -fragment.length);
	img.properties.src = plain;
	// Astro collected a Markdown image with its fragment; it builds the file, which has none.
	const images = (file.data as { astro?: { localImagePaths?: string[] } }).astro?.localImagePaths;
	const collected = decodeURI(src);
	if (images?.includes(collected)) {
		images.splice(images.indexOf(collected), 1);
		if (!images.includes(decodeURI(plain))) images.push(decodeURI(plain));
	}
	return wrap(fragment === '#gh-dark-mode-only' ? 'dark' : 'light', img);
}

function wrap(theme: Theme, img: Element): Element {
	return { type: 'element', tagName: 'span', properties: { className: ['theme-image', `theme-image--${theme}`] }, children: [img] };
}

function colorScheme(media: unknown): Theme | undefined {
	const match = String(media ?? '').match(/prefers-color-scheme\s*:\s*(dark|light)/i);
	return match ? (match[1].toLowerCase() as Theme) : undefined;
}
