/** Paints the timeline (axis, lanes, records, unload bands, matches, selection) on any `Painter`. */
import { WAKE_REASONS } from '../trace/model.ts';
import { MIXED, recordEnd, type TraceLayout } from './layout.ts';
import { lowerBound, visibleSlice } from './visible-slice.ts';
import { LABEL_BAND, rowTop, timeToX, type Geometry } from './geometry.ts';
import { timeTicks } from './ticks.ts';
import type { Palette } from './palette.ts';
import type { Painter } from './painter.ts';
import { bandColumns, type LaneBand } from './unload-band.ts';
import type { TimeWindow } from './view-state.ts';

/** What to emphasize on top of the records. */
export interface Marks {
	selected: number;
	/** Ascending record indexes of search matches. */
	matches: Uint32Array;
}

/** Most individual records drawn per row and pixel of width before a LOD level takes over. */
const RECORDS_PER_PX = 2;
/** Most match outlines drawn per frame. */
const MATCH_LIMIT = 4000;

/**
 * Paints the whole timeline for window `w` into geometry `g`; `bands` (one per shown lane, in
 * order) fill the unload band under each lane when `g` has room for them.
 */
export function paintTimeline(p: Painter, layout: TraceLayout, w: TimeWindow, g: Geometry, palette: Palette, marks: Marks, bands: readonly LaneBand[] = []): void {
	const { trace } = layout;
	const nsPerPx = (w.t1 - w.t0) / g.width;
	const { ticks } = timeTicks(w, g.width, trace.baseNs);
	layout.lanes.forEach((lane, n) => {
		if (n % 2 === 1) p.rect(0, rowTop(g, lane.firstRow), g.width, lane.rowCount * g.rowHeight + g.bandHeight, palette.stripe);
	});
	for (const tick of ticks) {
		const x = Math.round(timeToX(w, g.width, tick.t)) + 0.5;
		p.line(x, g.axisHeight - 6, x, g.height, palette.grid);
		if (tick.clock && !layout.relative) p.text(x + 3, 13, tick.clock, palette.text, { size: 11 });
		p.text(x + 3, 26, tick.relative, palette.muted, { size: 10 });
	}
	p.line(0, g.axisHeight - 0.5, g.width, g.axisHeight - 0.5, palette.grid);
	// With room, names get a band of their own above the bars, so no name hides the first records.
	const band = g.rowHeight >= LABEL_BAND + 14 ? LABEL_BAND : 0;
	const barHeight = Math.max(g.rowHeight - band - 3, 2);
	layout.rows.forEach((row, r) => {
		const y = rowTop(g, r) + band + 1.5;
		const slice = visibleSlice(trace, row, w, nsPerPx, g.width * RECORDS_PER_PX);
		if (slice.level) {
			const l = slice.level;
			for (let k = slice.from; k < slice.to; k++) {
				const x0 = (l.start[k] - w.t0) / nsPerPx;
				const x1 = (l.end[k] - w.t0) / nsPerPx;
				const colour = l.reason[k] === MIXED ? palette.aggregate : palette.reasons[WAKE_REASONS[l.reason[k]]];
				bar(p, x0, x1, y, barHeight, colour, g.width);
			}
			return;
		}
		let lastPx = -Infinity;
		for (let k = slice.from; k < slice.to; k++) {
			const i = row.records[k];
			const x0 = (trace.start[i] - w.t0) / nsPerPx;
			const x1 = (recordEnd(trace, i) - w.t0) / nsPerPx;
			if (x1 - x0 < 1 && Math.floor(x0) === lastPx) continue; // this pixel is already painted
			lastPx = Math.floor(x0);
			const colour = palette.reasons[WAKE_REASONS[trace.reason[i]]];
			if (trace.duration[i] < 0) p.rect(Math.round(x0) - 1, y, 2, barHeight, colour);
			else bar(p, x0, x1, y, barHeight, colour, g.width);
			if (x1 - x0 > 40 && barHeight >= 10 && palette.onMark !== 'none') label(p, trace.strings[trace.name[i]], x0, x1, y + barHeight - 3, palette.onMark, g.width);
		}
	});
	if (g.bandHeight > 0) bands.forEach((band, k) => paintBand(p, band, w, g, g.bandTops[k], palette));
	paintMatches(p, layout, w, g, palette, marks.matches);
	if (marks.selected >= 0 && layout.rowOf[marks.selected] >= 0) {
		const i = marks.selected;
		const x0 = timeToX(w, g.width, trace.start[i]);
		const x1 = timeToX(w, g.width, recordEnd(trace, i));
		const y = rowTop(g, layout.rowOf[i]);
		p.strokeRect(Math.max(x0, -2) - 2, y, Math.min(Math.max(x1 - x0, 0), g.width + 4) + 4, g.rowHeight, palette.selection, 2);
	}
	for (const lane of layout.lanes) {
		const top = rowTop(g, lane.firstRow);
		if (band) p.text(4, top + band - 1, lane.name, palette.text, { size: 11, bold: true });
		else p.text(4, top + Math.min(g.rowHeight, 14) - 2, lane.name, palette.text, { size: Math.min(11, g.rowHeight), bold: true, background: palette.bg });
	}
}

/**
 * One lane's unload band: bars as tall as the loaded share of each pixel column on a 1 px
 * baseline (so loaded and unloaded differ in shape, not only in colour), and cold-start ticks in
 * a strip below.
 */
function paintBand(p: Painter, band: LaneBand, w: TimeWindow, g: Geometry, top: number, palette: Palette): void {
	const { loaded, cold, x0, x1 } = bandColumns(band, w, g.width);
	if (x1 < x0) return;
	const area = g.bandHeight - 6;
	const base = top + 1 + area;
	p.rect(x0, base, Math.max(x1 - x0, 1), 1, palette.muted);
	// Runs of columns of equal height (in half pixels) become one rectangle.
	for (let c = 0; c < loaded.length; ) {
		const h = Math.round(loaded[c] * area * 2) / 2;
		let end = c + 1;
		while (end < loaded.length && Math.round(loaded[end] * area * 2) / 2 === h) end++;
		if (h > 0) p.rect(c, base - h, end - c, h, palette.loaded);
		c = end;
	}
	for (const x of cold) p.rect(x - 1, base + 2, 2, g.bandHeight - area - 3, palette.coldStart);
}

function bar(p: Painter, x0: number, x1: number, y: number, h: number, colour: string, width: number): void {
	const left = Math.max(x0, -2);
	const right = Math.min(Math.max(x1, x0 + 1), width + 2);
	if (right > left) p.rect(left, y, right - left, h, colour);
}

function label(p: Painter, text: string, x0: number, x1: number, y: number, colour: string, width: number): void {
	const left = Math.max(x0, 0) + 3;
	const room = Math.min(x1, width) - left - 3;
	if (room < 20) return;
	const chars = Math.floor(room / 6.2);
	p.text(left, y, text.length > chars ? `${text.slice(0, Math.max(chars - 1, 1))}…` : text, colour, { size: 10 });
}

function paintMatches(p: Painter, layout: TraceLayout, w: TimeWindow, g: Geometry, palette: Palette, matches: Uint32Array): void {
	const { trace } = layout;
	const span = w.t1 - w.t0;
	const from = lowerBound(matches.length, (k) => trace.start[matches[k]] >= w.t0 - span);
	let lastPx = -Infinity;
	for (let k = from, drawn = 0; k < matches.length && drawn < MATCH_LIMIT; k++) {
		const i = matches[k];
		if (trace.start[i] > w.t1) break;
		const row = layout.rowOf[i];
		if (row < 0 || recordEnd(trace, i) < w.t0) continue;
		const x0 = timeToX(w, g.width, trace.start[i]);
		const key = row * 1e6 + Math.floor(x0); // one outline per row and pixel
		if (key === lastPx) continue;
		lastPx = key;
		const x1 = Math.max(timeToX(w, g.width, recordEnd(trace, i)), x0 + 2);
		p.strokeRect(x0 - 1, rowTop(g, row) + 0.5, x1 - x0 + 2, g.rowHeight - 1, palette.match, 1.5);
		drawn++;
	}
}
