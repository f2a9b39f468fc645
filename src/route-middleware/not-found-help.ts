/** What the 404 page offers instead of the missing page: the start page and every section. */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { siteSections } from './section-label.ts';

/** A hero button of Starlight's splash template. */
export interface HeroAction {
	text: string;
	link: string;
	variant: 'primary' | 'secondary' | 'minimal';
}

/**
 * Buttons for the 404 page: the start page first, then the first page of each section.
 * @param sidebar the site's sidebar, e.g. `[{ type: 'group', label: 'Meetings', entries: [...] }]`
 * @param base the site's base path, e.g. `/masters-thesis/`
 */
export function notFoundActions(sidebar: StarlightRouteData['sidebar'], base: string): HeroAction[] {
	return [
		{ text: 'Go to the start page', link: base, variant: 'primary' },
		...siteSections(sidebar, base).map(
			(section): HeroAction => ({ text: section.label, link: section.href, variant: 'secondary' }),
		),
	];
}
