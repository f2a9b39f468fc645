/** Whether a page embeds a benchmark chart, so only such pages load the chart's script. */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';

/**
 * True when the page's rendered Markdown holds a `<benchmark-chart>` (a ```benchmark block).
 * @param route e.g. `Astro.locals.starlightRoute`
 */
export function pageHasBenchmarkChart(route: Pick<StarlightRouteData, 'entry'>): boolean {
	return route.entry.rendered?.html.includes('<benchmark-chart ') ?? false;
}
