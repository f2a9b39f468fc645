/** The details of a selected record: every attribute, event, parent and duration, as text. */
import type { CompactTrace } from '../trace/compact/compact-trace.ts';
import { WAKE_REASONS } from '../trace/model.ts';
import { h, replaceChildren, type Child } from './dom.ts';
import { formatDateTime, formatDuration, formatOffset } from './ticks.ts';

/**
 * Builds the panel's content for record `i`; `onSelect` is called with the parent's index
 * when the reader follows the parent link. `relative`: times are offsets from each compared
 * trace's own start (`compareTraces`), so no date is shown.
 */
export function detailsContent(trace: CompactTrace, i: number, onSelect: (i: number) => void, relative = false): Child[] {
	const name = trace.strings[trace.name[i]];
	const duration = trace.duration[i];
	const parent = trace.parent[i];
	const rows: [string, Child][] = [
		['Name', name],
		['Lane', trace.lanes[trace.lane[i]]],
		['Start', relative ? `${formatOffset(trace.start[i])} from the start of its trace` : `${formatDateTime(trace.baseNs, trace.start[i])} (${formatOffset(trace.start[i])} from the first record)`],
		['Duration', duration < 0 ? 'instant' : formatDuration(duration)],
		['Wake-up reason', WAKE_REASONS[trace.reason[i]]],
		['Id', trace.id(i)],
	];
	if (parent >= 0) {
		const link = h('button', { type: 'button', class: 'tv-link' }, [trace.strings[trace.name[parent]]]);
		link.addEventListener('click', () => onSelect(parent));
		rows.push(['Parent', link]);
	}
	const attributes = trace.attributes(i);
	const events = trace.events(i);
	return [
		h('dl', { class: 'tv-dl' }, rows.flatMap(([k, v]) => [h('dt', {}, [k]), h('dd', {}, [v])])),
		h('p', { class: 'tv-sub' }, [`Attributes (${attributes.length})`]),
		attributes.length ? h('dl', { class: 'tv-dl' }, attributes.flatMap(([k, v]) => [h('dt', {}, [k]), h('dd', {}, [String(v)])])) : h('p', {}, ['none']),
		h('p', { class: 'tv-sub' }, [`Events (${events.length})`]),
		events.length
			? h('ul', {}, events.map((e) => h('li', {}, [`${formatOffset(e.offsetNs)} ${e.name}${e.attributes.length ? ` (${e.attributes.map(([k, v]) => `${k}=${v}`).join(', ')})` : ''}`])))
			: h('p', {}, ['none']),
	];
}

/** One line about record `i` for the tooltip and the status line, e.g. `reconcile in operator at +5.000 s, 12.0 ms`. */
export function recordSummary(trace: CompactTrace, i: number): string {
	const d = trace.duration[i];
	return `${trace.strings[trace.name[i]]} in ${trace.lanes[trace.lane[i]]} at ${formatOffset(trace.start[i])}${d < 0 ? ', instant' : `, ${formatDuration(d)}`}`;
}

/**
 * Fills the details panel with record `i`, or hides it when `i` is -1; `onSelect` receives the
 * parent's index when its link is followed, and -1 from the close button.
 */
export function showDetails(panel: HTMLElement, trace: CompactTrace, i: number, onSelect: (i: number) => void, relative = false): void {
	panel.hidden = i < 0;
	if (i < 0) return;
	const close = h('button', { type: 'button', class: 'tv-close' }, ['Close details']);
	close.addEventListener('click', () => onSelect(-1));
	replaceChildren(panel, [h('p', { class: 'tv-sub' }, ['Selected record']), ...detailsContent(trace, i, onSelect, relative), close]);
}
