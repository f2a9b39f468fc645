/** Whether a page embeds a trace viewer, so only such pages load the viewer's script. */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';

/**
 * True when the page's rendered Markdown holds a `<trace-viewer>` (a ```trace block). MDX pages
 * are not rendered to HTML up front: their `<TraceViewer>` components load the script themselves.
 * @param route e.g. `Astro.locals.starlightRoute`
 */
export function pageHasTraceViewer(route: Pick<StarlightRouteData, 'entry'>): boolean {
	return route.entry.rendered?.html.includes('<trace-viewer ') ?? false;
}
