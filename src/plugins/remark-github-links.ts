/**
 * Rewrites relative links and images of content pages to where they live on the site (see
 * `resolve-github-link.ts`). GitHub renders a relative link as written, whether or not its target
 * exists (https://docs.github.com/en/get-started/writing-on-github/getting-started-with-writing-and-formatting-on-github/basic-writing-and-formatting-syntax#relative-links).
 * Broken links are left as written too, but marked (`broken-link-mark.ts`): by default the loader
 * has already failed the build over them, listing them all; with `LINKS=warn` the pages are built
 * and show them struck through. A broken image becomes its marked alt text, since there is no file
 * for Astro to load.
 */
import type { Link, LinkReference, PhrasingContent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { contentRelPath, pageLinkContext, type SiteLinkOptions } from '../content-loader/content-file.ts';
import { brokenLinkNote, brokenLinkProperties } from '../content-loader/broken-link-mark.ts';
import { resolveGithubLink } from '../github-markdown/resolve-github-link.ts';

declare module 'mdast' {
	interface LinkData {
		/** Set by a plugin that already pointed the link at the site (e.g. a figure reference's data file): left alone here. */
		siteUrl?: boolean;
	}
}

/**
 * Remark plugin: GitHub-relative links become site URLs, GitHub URLs, or image files.
 * @param options e.g. `{ contentDir: '/work/main/content', base: '/masters-thesis/' }`
 */
export function remarkGithubLinks(options: SiteLinkOptions) {
	return (tree: Root, file: VFile) => {
		const fromRelPath = contentRelPath(file, options.contentDir);
		if (fromRelPath === undefined) return;
		const context = pageLinkContext(options, fromRelPath);
		// Definitions first: a reference link is as broken as the definition it uses.
		const brokenDefinitions = new Map<string, { url: string; reason?: string }>();
		visit(tree, 'definition', (node) => {
			const target = resolveGithubLink(node.url, 'link', context);
			if (target.kind === 'page' || target.kind === 'github') node.url = target.href;
			else if (target.kind === 'broken') brokenDefinitions.set(node.identifier, { url: node.url, reason: target.reason });
		});
		visit(tree, (node, index, parent) => {
			if (node.type === 'linkReference' || node.type === 'imageReference') {
				const broken = brokenDefinitions.get(node.identifier);
				if (!broken) return;
				if (node.type === 'linkReference') markLink(node, broken.url, broken.reason);
				else if (parent && index !== undefined) parent.children[index] = missingImage(node.alt ?? '', broken.url, broken.reason);
				return SKIP;
			}
			if (node.type !== 'link' && node.type !== 'image') return;
			if (node.type === 'link' && node.data?.siteUrl) return SKIP;
			const target = resolveGithubLink(node.url, node.type === 'image' ? 'image' : 'link', context);
			if (target.kind === 'page' || target.kind === 'github') node.url = target.href;
			else if (target.kind === 'image') node.url = target.src;
			else if (target.kind === 'broken' && node.type === 'link') markLink(node, node.url, target.reason);
			else if (target.kind === 'broken' && node.type === 'image' && parent && index !== undefined) {
				parent.children[index] = missingImage(node.alt ?? '', node.url, target.reason);
			}
			return target.kind === 'broken' ? SKIP : undefined;
		});
	};
}

/** Strikes a broken link through, with its title and a note for screen readers. */
function markLink(node: Link | LinkReference, url: string, reason: string | undefined) {
	node.data = { ...node.data, hProperties: brokenLinkProperties(url, reason) };
	node.children.push(visuallyHidden(brokenLinkNote));
}

/** The alt text of an image whose file is missing, marked as a broken link. */
function missingImage(alt: string, url: string, reason: string | undefined): PhrasingContent {
	return {
		type: 'emphasis',
		children: [{ type: 'text', value: alt || url }, visuallyHidden(' (missing image)')],
		data: { hName: 'span', hProperties: brokenLinkProperties(url, reason) },
	};
}

function visuallyHidden(text: string): PhrasingContent {
	return { type: 'text', value: text, data: { hName: 'span', hProperties: { className: ['sr-only'] } } };
}
