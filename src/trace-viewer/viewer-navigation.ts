/**
 * The reader's place in a trace: the visible window, the selected record and the search
 * matches, with the moves the toolbar, keys and pointer make (zoom, pan, fit, reset, step
 * through matches or a row). DOM-free; the viewer hears about changes through hooks.
 */
import { nearestToCentre, neighbourInRow } from './hit-test.ts';
import { recordEnd, type TraceLayout } from './layout.ts';
import { searchTrace, stepMatch } from './search.ts';
import { fitRange, fullWindow, panBy, zoomAt, type TimeWindow } from './view-state.ts';

/** What the viewer does when the place changes. */
export interface NavigationHooks {
	/** The window, selection or matches changed: redraw, update the link. */
	changed(): void;
	/** The selection became `i` (-1: none); `announce` when the reader chose it, not a restore. */
	selected(i: number, announce: boolean): void;
}

/** The place in one trace and the moves on it. */
export class ViewerNavigation {
	readonly layout: TraceLayout;
	view: TimeWindow;
	selected = -1;
	/** Ascending record indexes matching the search. */
	matches: Uint32Array = new Uint32Array(0);
	private hooks: NavigationHooks;

	constructor(layout: TraceLayout, view: TimeWindow, hooks: NavigationHooks) {
		this.layout = layout;
		this.view = view;
		this.hooks = hooks;
	}

	/** Shows window `next` and, when given, selects record `selected`. */
	setView(next: TimeWindow, selected = this.selected): void {
		this.view = next;
		if (selected !== this.selected) this.select(selected, false);
		this.hooks.changed();
	}

	/** Selects record `i` (out of range: none). */
	select(i: number, announce: boolean): void {
		this.selected = i >= 0 && i < this.layout.trace.count ? i : -1;
		this.hooks.selected(this.selected, announce);
		this.hooks.changed();
	}

	/** Zooms about the window's centre, e.g. 0.5 to zoom in twofold. */
	zoomCentre(factor: number): void {
		this.setView(zoomAt(this.view, (this.view.t0 + this.view.t1) / 2, factor, this.layout.extent));
	}

	/** Pans by a fraction of the window's width, e.g. -0.1 a tenth to the left. */
	pan(fraction: number): void {
		this.setView(panBy(this.view, (this.view.t1 - this.view.t0) * fraction, this.layout.extent));
	}

	/** Shows the whole trace. */
	reset(): void {
		this.setView(fullWindow(this.layout.extent));
	}

	/** Fits the window to the selected record (the whole trace without one). */
	fit(): void {
		const { trace, extent } = this.layout;
		if (this.selected < 0) return this.reset();
		this.setView(fitRange(trace.start[this.selected], recordEnd(trace, this.selected), extent));
	}

	/** Selects the record nearest the window's centre. */
	selectNearest(): void {
		this.select(nearestToCentre(this.layout, this.view), true);
	}

	/** Sets the search query; returns the number of matches. */
	search(query: string): number {
		this.matches = searchTrace(this.layout.trace, query);
		this.hooks.changed();
		return this.matches.length;
	}

	/** Goes to the next (1) or previous (-1) match. */
	stepMatch(direction: 1 | -1): void {
		this.goTo(stepMatch(this.matches, this.selected, direction));
	}

	/** Goes to the neighbour of the selection in its row (or selects the nearest record first). */
	stepRecord(step: number): void {
		if (this.selected < 0) return this.selectNearest();
		this.goTo(neighbourInRow(this.layout, this.selected, step));
	}

	/** Selects record `i` and pans it into view when it is outside. */
	private goTo(i: number): void {
		if (i < 0) return;
		this.select(i, true);
		const t = this.layout.trace.start[i];
		if (t < this.view.t0 || t > this.view.t1) this.setView(panBy(this.view, t - (this.view.t0 + this.view.t1) / 2, this.layout.extent));
	}
}
