/**
 * Starlight route middleware: links KaTeX's stylesheet from the pages that have math, and only
 * from those (the files are shipped by `src/integrations/math-assets.ts`).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/** The URL folder, below the base path, of KaTeX's stylesheet and fonts. */
export const MATH_URL_DIR = '_katex';

/**
 * The `<link>` for a page's `<head>` when its HTML has math drawn by KaTeX, else undefined.
 * @param html e.g. `<p><span class="katex">...</span></p>`
 * @param base e.g. `/masters-thesis/` -> href `/masters-thesis/_katex/katex.min.css`
 */
export function mathStylesheet(html: string, base: string): { tag: 'link'; attrs: Record<string, string> } | undefined {
	if (!html.includes('class="katex"')) return undefined;
	return { tag: 'link', attrs: { rel: 'stylesheet', href: `${base.replace(/\/?$/, '/')}${MATH_URL_DIR}/katex.min.css` } };
}

/** Adds the stylesheet link to pages with math. */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const link = mathStylesheet(route.entry.rendered?.html ?? '', import.meta.env.BASE_URL);
	if (link) route.head.push(link);
});
