/** A paged table of records, the screen-reader view of the timeline. */
import type { CompactTrace } from '../trace/compact/compact-trace.ts';
import { WAKE_REASONS } from '../trace/model.ts';
import { h, replaceChildren } from './dom.ts';
import { formatDuration, formatOffset } from './ticks.ts';

/** Rows per page of the table. */
export const PAGE_SIZE = 50;

/** Creates the table with its pager; `onSelect` receives a record index. Returns the root and a page setter. */
export function recordsTable(trace: CompactTrace, caption: string, onSelect: (i: number) => void): { root: HTMLElement; showPageOf: (i: number) => void } {
	const pages = Math.max(1, Math.ceil(trace.count / PAGE_SIZE));
	let page = 0;
	const body = h('tbody');
	const status = h('span', { 'aria-live': 'polite' });
	const prev = h('button', { type: 'button' }, ['Previous page']);
	const next = h('button', { type: 'button' }, ['Next page']);
	const render = () => {
		const rows: HTMLElement[] = [];
		for (let i = page * PAGE_SIZE; i < Math.min(trace.count, (page + 1) * PAGE_SIZE); i++) {
			const select = h('button', { type: 'button', class: 'tv-link' }, [trace.strings[trace.name[i]]]);
			select.addEventListener('click', () => onSelect(i));
			rows.push(
				h('tr', {}, [
					h('td', {}, [String(i + 1)]),
					h('td', {}, [formatOffset(trace.start[i])]),
					h('td', {}, [trace.duration[i] < 0 ? 'instant' : formatDuration(trace.duration[i])]),
					h('td', {}, [trace.lanes[trace.lane[i]]]),
					h('td', {}, [select]),
					h('td', {}, [WAKE_REASONS[trace.reason[i]]]),
				]),
			);
		}
		replaceChildren(body, rows);
		replaceChildren(status, [`Page ${page + 1} of ${pages}`]);
		prev.disabled = page === 0;
		next.disabled = page >= pages - 1;
	};
	prev.addEventListener('click', () => ((page = Math.max(0, page - 1)), render()));
	next.addEventListener('click', () => ((page = Math.min(pages - 1, page + 1)), render()));
	const heads = ['#', 'Start', 'Duration', 'Lane', 'Name (select)', 'Reason'].map((t) => h('th', { scope: 'col' }, [t]));
	const table = h('table', {}, [h('caption', {}, [caption]), h('thead', {}, [h('tr', {}, heads)]), body]);
	const root = h('details', { class: 'tv-table' }, [h('summary', {}, [`Table of all ${trace.count} records`]), h('div', { class: 'tv-pager' }, [prev, status, next]), h('div', { class: 'tv-table-scroll', tabindex: '0', role: 'region', 'aria-label': caption }, [table])]);
	// Rows are built when the table is first opened, not with the first frame.
	root.addEventListener('toggle', () => root.open && render());
	return {
		root,
		showPageOf: (i) => {
			page = Math.floor(Math.max(i, 0) / PAGE_SIZE);
			if (root.open) render();
		},
	};
}
