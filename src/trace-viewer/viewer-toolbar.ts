/** The viewer's toolbar: zoom, reset, fit, search with match stepping, copy link and exports. */
import { h } from './dom.ts';

/** What the toolbar's controls do. */
export interface ToolbarActions {
	zoom(factor: number): void;
	reset(): void;
	fit(): void;
	stepMatch(direction: 1 | -1): void;
	search(query: string): void;
	copyLink(): void;
	exportSvg(): void;
	exportPng(): void;
}

/** The toolbar's root and the parts the viewer updates later. */
export interface Toolbar {
	root: HTMLElement;
	search: HTMLInputElement;
	/** Live region for the match count and "Link copied". */
	matchStatus: HTMLOutputElement;
}

/**
 * Builds the toolbar of viewer `id` (its timeline is `<id>-timeline`).
 * @param id e.g. `"tv-3fa2c9d1"`
 */
export function viewerToolbar(id: string, actions: ToolbarActions): Toolbar {
	const button = (label: string, onClick: () => void, extra: Record<string, string> = {}) => {
		const b = h('button', { type: 'button', ...extra }, [label]);
		b.addEventListener('click', onClick);
		return b;
	};
	const search = h('input', { type: 'search', placeholder: 'Search names, lanes, attributes', 'aria-label': 'Search records', 'aria-controls': `${id}-timeline` });
	const matchStatus = h('output', { 'aria-live': 'polite', class: 'tv-matches' });
	search.addEventListener('input', () => actions.search(search.value));
	search.addEventListener('keydown', (e) => {
		if (e.key === 'Enter') actions.stepMatch(e.shiftKey ? -1 : 1);
	});
	const root = h('div', { class: 'tv-controls', role: 'group', 'aria-label': 'Trace viewer controls' }, [
		button('Zoom in', () => actions.zoom(0.5), { 'aria-keyshortcuts': 'W' }),
		button('Zoom out', () => actions.zoom(2), { 'aria-keyshortcuts': 'S' }),
		button('Reset view', () => actions.reset(), { 'aria-keyshortcuts': '0' }),
		button('Fit selection', () => actions.fit(), { 'aria-keyshortcuts': 'F' }),
		h('span', { class: 'tv-search' }, [search, button('Previous match', () => actions.stepMatch(-1)), button('Next match', () => actions.stepMatch(1), { 'aria-keyshortcuts': 'N' }), matchStatus]),
		button('Copy link to this view', () => actions.copyLink()),
		button('Export SVG', () => actions.exportSvg()),
		button('Export PNG', () => actions.exportPng()),
	]);
	return { root, search, matchStatus };
}
