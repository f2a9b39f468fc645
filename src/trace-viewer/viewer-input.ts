/**
 * Keyboard, wheel, pointer (drag, pinch, hover, click) and minimap input of the timeline,
 * turned into calls on the viewer. Keys: W/S or Up/Down zoom, A/D or Left/Right pan, F fit the
 * selection, 0 reset, Enter/Space select, [ ] step in the row, N/Shift+N step matches, Escape.
 */
import { replaceChildren } from './dom.ts';
import { xToTime, type Geometry } from './geometry.ts';
import { hitTest } from './hit-test.ts';
import type { ViewerNavigation } from './viewer-navigation.ts';
import { panBy, zoomAt, type TimeWindow } from './view-state.ts';

/** What input reads besides the navigation. */
export interface InputContext {
	geometry(): Geometry;
	/** One line about record `i`, for the tooltip. */
	describe(i: number): string;
}

/** Adds a listener and remembers how to remove it. */
export type Listen = <K extends keyof HTMLElementEventMap>(target: HTMLElement, type: K, fn: (e: HTMLElementEventMap[K]) => void, options?: AddEventListenerOptions) => void;

/** Wires the timeline canvas, its tooltip and the minimap to the navigation `nav`. */
export function bindInput(canvas: HTMLCanvasElement, tooltip: HTMLElement, minimap: HTMLCanvasElement, nav: ViewerNavigation, context: InputContext, listen: Listen): void {
	const pointers = new Map<number, { x: number; y: number }>();
	let drag: { x: number; window: TimeWindow; moved: boolean } | undefined;
	let pinch: { distance: number; window: TimeWindow } | undefined;
	const extent = () => nav.layout.extent;
	const pan = (fraction: number) => nav.pan(fraction);
	const actions: Record<string, () => void> = {
		w: () => nav.zoomCentre(0.8),
		ArrowUp: () => nav.zoomCentre(0.8),
		s: () => nav.zoomCentre(1.25),
		ArrowDown: () => nav.zoomCentre(1.25),
		a: () => pan(-0.1),
		ArrowLeft: () => pan(-0.1),
		d: () => pan(0.1),
		ArrowRight: () => pan(0.1),
		f: () => nav.fit(),
		'0': () => nav.reset(),
		Enter: () => nav.selectNearest(),
		' ': () => nav.selectNearest(),
		'[': () => nav.stepRecord(-1),
		']': () => nav.stepRecord(1),
		n: () => nav.stepMatch(1),
		N: () => nav.stepMatch(-1),
		Escape: () => nav.select(-1, true),
	};
	listen(canvas, 'keydown', (e) => {
		const key = e.key.length === 1 && e.key !== 'N' ? e.key.toLowerCase() : e.key;
		const action = e.ctrlKey || e.metaKey || e.altKey ? undefined : actions[key];
		if (!action) return;
		e.preventDefault();
		action();
	});
	listen(canvas, 'wheel', (e) => {
		e.preventDefault();
		const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
		const dx = e.deltaX * unit;
		const dy = e.deltaY * unit;
		const width = context.geometry().width;
		if (Math.abs(dx) > Math.abs(dy) && !e.ctrlKey) return pan(dx / width);
		// A pinch on a touchpad arrives as a wheel event with ctrlKey and small deltas.
		const factor = Math.exp(dy * (e.ctrlKey ? 0.01 : 0.002));
		nav.setView(zoomAt(nav.view, xToTime(nav.view, width, e.offsetX), factor, extent()));
	}, { passive: false });
	listen(canvas, 'pointerdown', (e) => {
		canvas.setPointerCapture(e.pointerId);
		pointers.set(e.pointerId, { x: e.offsetX, y: e.offsetY });
		if (pointers.size === 2) {
			const [a, b] = [...pointers.values()];
			pinch = { distance: Math.hypot(a.x - b.x, a.y - b.y), window: nav.view };
			drag = undefined;
		} else drag = { x: e.offsetX, window: nav.view, moved: false };
	});
	listen(canvas, 'pointermove', (e) => {
		const width = context.geometry().width;
		if (pointers.has(e.pointerId)) pointers.set(e.pointerId, { x: e.offsetX, y: e.offsetY });
		if (pinch && pointers.size === 2) {
			const [a, b] = [...pointers.values()];
			const factor = pinch.distance / Math.max(Math.hypot(a.x - b.x, a.y - b.y), 1);
			return nav.setView(zoomAt(pinch.window, xToTime(pinch.window, width, (a.x + b.x) / 2), factor, extent()));
		}
		if (drag) {
			const dx = e.offsetX - drag.x;
			if (Math.abs(dx) > 3) drag.moved = true;
			if (drag.moved) return nav.setView(panBy(drag.window, (-dx / width) * (drag.window.t1 - drag.window.t0), extent()));
		}
		hover(e.offsetX, e.offsetY);
	});
	const up = (e: PointerEvent) => {
		pointers.delete(e.pointerId);
		if (pointers.size < 2) pinch = undefined;
		if (drag && !drag.moved && e.type === 'pointerup') nav.select(hitTest(nav.layout, nav.view, context.geometry(), e.offsetX, e.offsetY), true);
		drag = undefined;
	};
	listen(canvas, 'pointerup', up);
	listen(canvas, 'pointercancel', up);
	listen(canvas, 'pointerleave', () => (tooltip.hidden = true));
	const onMinimap = (e: PointerEvent) => {
		const t = xToTime(extent(), minimap.clientWidth, e.offsetX);
		nav.setView(panBy(nav.view, t - (nav.view.t0 + nav.view.t1) / 2, extent()));
	};
	listen(minimap, 'pointerdown', onMinimap);
	listen(minimap, 'pointermove', (e) => e.buttons === 1 && onMinimap(e));

	function hover(x: number, y: number): void {
		const i = hitTest(nav.layout, nav.view, context.geometry(), x, y);
		if (i < 0) {
			tooltip.hidden = true;
			return;
		}
		replaceChildren(tooltip, [context.describe(i)]);
		tooltip.hidden = false;
		tooltip.style.left = `${Math.min(x + 12, context.geometry().width - 220)}px`;
		tooltip.style.top = `${y + 14}px`;
	}
}
