/** Whether a page has ids or names from its author's HTML, so only such pages load the script that follows them. */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { USER_CONTENT_PREFIX } from '../../raw-html/user-content-anchor.ts';

/**
 * True when the page's rendered Markdown has an `id` or `name` with GitHub's prefix, e.g.
 * `<a name="user-content-setup">`.
 * @param route e.g. `Astro.locals.starlightRoute`
 */
export function pageHasUserContentAnchors(route: Pick<StarlightRouteData, 'entry'>): boolean {
	const html = route.entry.rendered?.html ?? '';
	return html.includes(` id="${USER_CONTENT_PREFIX}`) || html.includes(` name="${USER_CONTENT_PREFIX}`);
}
