/**
 * The Markdown body of a built Starlight page, as a hast tree: the compared side of `npm run parity`.
 * Only Starlight's `.sl-markdown-content` is the page's Markdown; the sidebar, the table of contents,
 * previous/next and edit links and the cite block lie outside it and are not compared. The H1 that
 * became the page title is shown by Starlight in the page header (`<h1 id="_top">`): when the
 * Markdown's H1 is the title, that header H1 is put back in front of the body, where GitHub shows it.
 */
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';

/**
 * The body of a built page.
 * @param html the page file, e.g. the text of `dist/findings/index.html`
 * @param options e.g. `{ titleIsHeading: true }` when the Markdown's first H1 became the title
 */
export function siteView(html: string, options: { titleIsHeading: boolean }): Root {
	const page = fromHtml(html);
	const body = select('.sl-markdown-content', page);
	if (!body) throw new Error('no <div class="sl-markdown-content"> in it: not a Starlight page of Markdown');
	const title = options.titleIsHeading ? select('h1#_top', page) : undefined;
	if (options.titleIsHeading && !title) throw new Error('no <h1 id="_top"> page title in it');
	return { type: 'root', children: [...(title ? [title] : []), ...body.children] };
}
