/** Hands a page's citation from the route middleware to the components that show it. */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import type { PageCitation } from './page-citation.ts';

// Starlight's route data allows extra keys; this one is ours.
const key = 'citation';

/** Leaves `citation` on the route data of the page being rendered. */
export function setRouteCitation(route: StarlightRouteData, citation: PageCitation): void {
	route[key] = citation;
}

/** The citation the middleware left on this route, or `undefined` (e.g. on the 404 page). */
export function routeCitation(route: StarlightRouteData): PageCitation | undefined {
	return route[key] as PageCitation | undefined;
}
