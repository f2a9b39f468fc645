/** The live part of the viewer's DOM: toolbar, minimap, timeline, details, unload policy, numbers, wake-up views, table. */
import type { UnloadPolicy } from '../trace/analysis/unload-simulation.ts';
import type { CompactTrace } from '../trace/compact/compact-trace.ts';
import { h } from './dom.ts';
import type { TraceLayout } from './layout.ts';
import { policyControls, type PolicyControls } from './policy-controls.ts';
import { BAND_HELP } from './unload-band.ts';
import { recordsTable } from './records-table.ts';
import { viewerToolbar, type ToolbarActions } from './viewer-toolbar.ts';

/** The keyboard help, read by screen readers with the timeline. */
export const KEY_HELP = 'Keys: W or Up zoom in, S or Down zoom out, A or Left and D or Right pan, Enter or Space select the record nearest the centre, [ and ] previous and next record in the row, F fit the selection, 0 reset, N and Shift+N next and previous match, Escape clear the selection.';

/** The elements the viewer draws into and updates. */
export interface ViewerUi {
	canvas: HTMLCanvasElement;
	minimap: HTMLCanvasElement;
	tooltip: HTMLElement;
	status: HTMLElement;
	details: HTMLElement;
	laneSelect: HTMLSelectElement;
	raster: HTMLCanvasElement;
	histogram: HTMLElement;
	legend: HTMLElement;
	search: HTMLInputElement;
	matchStatus: HTMLOutputElement;
	table: ReturnType<typeof recordsTable>;
	policy: PolicyControls;
	/** Holds the numbers tables (`viewer-tables.ts`), re-rendered when the policy changes. */
	summary: HTMLElement;
}

/** What the UI needs from the viewer. */
export interface UiInput {
	id: string;
	title: string;
	trace: CompactTrace;
	layout: TraceLayout;
	actions: ToolbarActions;
	/** Called when the reader picks another lane for the wake-up views. */
	onLane(): void;
	/** Called with a record index chosen in the table. */
	onSelect(i: number): void;
	/** The unload policy shown at first, e.g. `WASM_OPERATOR_POLICY`. */
	policy: UnloadPolicy;
	/** Called with each valid policy the reader sets. */
	onPolicy(policy: UnloadPolicy): void;
}

/** Builds the live UI and appends it to `host`. */
export function buildViewerUi(host: HTMLElement, { id, title, trace, layout, actions, onLane, onSelect, policy: initialPolicy, onPolicy }: UiInput): ViewerUi {
	const toolbar = viewerToolbar(id, actions);
	const minimap = h('canvas', { class: 'tv-minimap', 'aria-hidden': 'true', height: '36' });
	const canvas = h('canvas', {
		id: `${id}-timeline`,
		class: 'tv-timeline',
		tabindex: '0',
		role: 'application',
		'aria-roledescription': 'trace timeline',
		'aria-label': `Timeline: ${title}`,
		'aria-describedby': `${id}-headline ${id}-keys ${id}-band ${id}-status`,
	});
	const tooltip = h('div', { class: 'tv-tooltip', role: 'tooltip', id: `${id}-tooltip`, hidden: '' });
	const status = h('p', { class: 'tv-status', id: `${id}-status`, 'aria-live': 'polite' });
	const details = h('section', { class: 'tv-details', 'aria-label': 'Selected record', hidden: '' });
	const laneSelect = h('select', { 'aria-label': 'Lane of the wake-up views' }, layout.lanes.map((l) => h('option', { value: String(l.lane) }, [l.name])));
	laneSelect.addEventListener('change', onLane);
	const raster = h('canvas', { class: 'tv-raster', role: 'img', height: '120' });
	const histogram = h('div', { class: 'tv-histogram' });
	const legend = h('ul', { class: 'tv-legend', 'aria-label': 'Colours of wake-up reasons' });
	const table = recordsTable(trace, `Records of ${trace.source}`, onSelect);
	const policy = policyControls(id, initialPolicy, onPolicy);
	const summary = h('div', { class: 'tv-numbers', tabindex: '0', role: 'region', 'aria-label': `Numbers of ${title}` });
	host.append(
		h('div', { class: 'tv-live' }, [
			toolbar.root,
			h('p', { class: 'tv-sr', id: `${id}-keys` }, [KEY_HELP]),
			minimap,
			h('div', { class: 'tv-stage' }, [canvas, tooltip]),
			status,
			h('p', { class: 'tv-band-help', id: `${id}-band` }, [BAND_HELP]),
			details,
			policy.root,
			summary,
			h('div', { class: 'tv-wakeups' }, [
				h('p', { class: 'tv-sub' }, ['Wake-ups of lane ', laneSelect]),
				h('figure', {}, [raster, h('figcaption', {}, ['Raster: each wake-up at its phase in the period (across) and its cycle (down); a straight column means a steady period.'])]),
				h('figure', {}, [histogram, h('figcaption', {}, ['Gaps between consecutive wake-ups, log-scaled bins.'])]),
				legend,
			]),
			table.root,
		]),
	);
	return { canvas, minimap, tooltip, status, details, laneSelect, raster, histogram, legend, search: toolbar.search, matchStatus: toolbar.matchStatus, table, policy, summary };
}
