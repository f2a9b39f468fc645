/**
 * `<trace-viewer>`: the interactive trace viewer. It upgrades the build-time markup (title,
 * headline, badge, static SVG) when scrolled into view: fetches the compact JSON, lays it out
 * once, and draws a canvas timeline with minimap, wake-up raster, gaps histogram, details,
 * search, deep links, exports and a records table. Keyboard: W/S or Up/Down zoom, A/D or
 * Left/Right pan, F fit selection, 0 reset, Enter/Space select, [ ] step, N next match.
 */
import { decodeCompact, type CompactTrace } from '../../scripts/trace/compact.ts';
import { detailsContent } from './details-panel.ts';
import { readLink, writeLink } from './deep-link.ts';
import { download, h, replaceChildren } from './dom.ts';
import { paintTimeline } from './draw-timeline.ts';
import { paintMinimap } from './draw-minimap.ts';
import { paintHistogram, paintRaster } from './draw-wakeups.ts';
import { exportSvg } from './export-svg.ts';
import { logHistogram, wakeUpGapsMs } from './gaps-histogram.ts';
import { timelineGeometry, xToTime, type Geometry } from './geometry.ts';
import { hitTest, nearestToCentre, neighbourInRow } from './hit-test.ts';
import { buildLayout, density, recordEnd, type TraceLayout } from './layout.ts';
import { canvasPainter, svgPainter } from './painter.ts';
import { DARK, LIGHT, readPalette, type Palette } from './palette.ts';
import { foldPeriodNs, foldWakeUps, rasterGrid } from './raster.ts';
import { recordsTable } from './records-table.ts';
import { searchTrace, stepMatch } from './search.ts';
import { svgToDom, el } from './svg-node.ts';
import { formatDuration, formatOffset } from './ticks.ts';
import { fitRange, fullWindow, panBy, zoomAt, type TimeWindow } from './view-state.ts';

const KEY_HELP = 'Keys: W or Up zoom in, S or Down zoom out, A or Left and D or Right pan, Enter or Space select the record nearest the centre, [ and ] previous and next record in the row, F fit the selection, 0 reset, N and Shift+N next and previous match, Escape clear the selection.';

/** The custom element class; registered as `trace-viewer` by `register.ts`. */
export class TraceViewerElement extends HTMLElement {
	/** Draw durations in ms of the last frames (for `npm run bench:viewer`). */
	frameTimes: number[] = [];
	/** ms from data fetched to the first frame drawn. */
	firstFrameMs = -1;
	private trace?: CompactTrace;
	private layout?: TraceLayout;
	private view: TimeWindow = { t0: 0, t1: 1 };
	private selected = -1;
	private searchHits: Uint32Array = new Uint32Array(0);
	private palette: Palette = LIGHT;
	private counts: Uint32Array = new Uint32Array(0);
	private geometry?: Geometry;
	private frame = 0;
	private linkTimer = 0;
	private pointers = new Map<number, { x: number; y: number }>();
	private drag?: { x: number; window: TimeWindow; moved: boolean };
	private pinch?: { distance: number; window: TimeWindow };
	private cleanup: (() => void)[] = [];
	private ui?: ReturnType<TraceViewerElement['buildUi']>;

	/** The visible window and the selected record (read-only; for tests and the benchmark). */
	get viewState(): { window: TimeWindow; selected: number } {
		return { window: { ...this.view }, selected: this.selected };
	}

	/** The viewer's id, which names its entry in the URL hash. */
	get viewerId(): string {
		return this.id || 'tv';
	}

	connectedCallback(): void {
		if (this.dataset.state) return;
		this.dataset.state = 'waiting';
		if (!('IntersectionObserver' in window)) return void this.load();
		const io = new IntersectionObserver((entries) => {
			if (entries.some((e) => e.isIntersecting)) {
				io.disconnect();
				void this.load();
			}
		}, { rootMargin: '300px' });
		io.observe(this);
		this.cleanup.push(() => io.disconnect());
	}

	disconnectedCallback(): void {
		for (const undo of this.cleanup.splice(0)) undo();
	}

	/** Fetches and shows the data now (lazy loading calls this when the element nears the viewport). */
	async load(): Promise<void> {
		if (this.dataset.state === 'loading' || this.dataset.state === 'ready') return;
		this.dataset.state = 'loading';
		const src = this.dataset.src ?? '';
		try {
			const response = await fetch(src);
			if (!response.ok) throw new Error(`HTTP ${response.status} for ${src}`);
			const text = await response.text();
			performance.mark(`${this.viewerId}:fetched`);
			const trace = decodeCompact(text);
			performance.mark(`${this.viewerId}:decoded`);
			this.show(trace);
		} catch (error) {
			this.dataset.state = 'error';
			this.append(h('p', { class: 'tv-error', role: 'alert' }, [`The interactive viewer could not load its data: ${(error as Error).message}. The static overview above still shows the trace.`]));
		}
	}

	/** Lays out and draws a decoded trace. */
	show(trace: CompactTrace): void {
		const started = performance.now();
		this.trace = trace;
		const lanes = this.dataset.lanes ? (JSON.parse(this.dataset.lanes) as string[]) : undefined;
		this.layout = buildLayout(trace, { lanes });
		performance.mark(`${this.viewerId}:laid-out`);
		this.counts = density(this.layout, 512);
		this.palette = this.readPalette();
		this.ui = this.buildUi(trace, this.layout);
		const link = readLink(location.hash, this.viewerId);
		const initial = this.dataset.window?.split(',').map(Number);
		this.view = link?.window ?? (initial && initial.length === 2 ? { t0: initial[0], t1: initial[1] } : fullWindow(this.layout.extent));
		this.select(link && link.selected < trace.count ? link.selected : -1, false);
		this.dataset.state = 'ready';
		this.observeEnvironment();
		this.drawNow();
		this.firstFrameMs = performance.now() - started;
		performance.mark(`${this.viewerId}:first-frame`);
		// The wake-up views come right after the first frame of the timeline.
		setTimeout(() => this.drawWakeUps(), 0);
	}

	private readPalette(): Palette {
		const dark = document.documentElement.dataset.theme !== 'light';
		const style = getComputedStyle(this);
		return readPalette((name) => style.getPropertyValue(name), dark ? DARK : LIGHT);
	}

	private buildUi(trace: CompactTrace, layout: TraceLayout) {
		const id = this.viewerId;
		const button = (label: string, onClick: () => void, extra: Record<string, string> = {}) => {
			const b = h('button', { type: 'button', ...extra }, [label]);
			b.addEventListener('click', onClick);
			return b;
		};
		const search = h('input', { type: 'search', placeholder: 'Search names, lanes, attributes', 'aria-label': 'Search records', 'aria-controls': `${id}-timeline` });
		const matchStatus = h('output', { 'aria-live': 'polite', class: 'tv-matches' });
		const controls = h('div', { class: 'tv-controls', role: 'group', 'aria-label': 'Trace viewer controls' }, [
			button('Zoom in', () => this.zoomCentre(0.5), { 'aria-keyshortcuts': 'W' }),
			button('Zoom out', () => this.zoomCentre(2), { 'aria-keyshortcuts': 'S' }),
			button('Reset view', () => this.reset(), { 'aria-keyshortcuts': '0' }),
			button('Fit selection', () => this.fit(), { 'aria-keyshortcuts': 'F' }),
			h('span', { class: 'tv-search' }, [search, button('Previous match', () => this.stepMatch(-1)), button('Next match', () => this.stepMatch(1), { 'aria-keyshortcuts': 'N' }), matchStatus]),
			button('Copy link to this view', () => void this.copyLink()),
			button('Export SVG', () => this.exportSvg()),
			button('Export PNG', () => this.exportPng()),
		]);
		search.addEventListener('input', () => this.setQuery(search.value));
		search.addEventListener('keydown', (e) => {
			if (e.key === 'Enter') this.stepMatch(e.shiftKey ? -1 : 1);
		});
		const minimap = h('canvas', { class: 'tv-minimap', 'aria-hidden': 'true', height: '36' });
		const canvas = h('canvas', {
			id: `${id}-timeline`,
			class: 'tv-timeline',
			tabindex: '0',
			role: 'application',
			'aria-roledescription': 'trace timeline',
			'aria-label': `Timeline: ${this.dataset.title || trace.source}`,
			'aria-describedby': `${id}-headline ${id}-keys ${id}-status`,
		});
		const tooltip = h('div', { class: 'tv-tooltip', role: 'tooltip', id: `${id}-tooltip`, hidden: '' });
		const status = h('p', { class: 'tv-status', id: `${id}-status`, 'aria-live': 'polite' });
		const details = h('section', { class: 'tv-details', 'aria-label': 'Selected record', hidden: '' });
		const laneSelect = h('select', { 'aria-label': 'Lane of the wake-up views' }, layout.lanes.map((l) => h('option', { value: String(l.lane) }, [l.name])));
		laneSelect.addEventListener('change', () => this.drawWakeUps());
		const raster = h('canvas', { class: 'tv-raster', role: 'img', height: '120' });
		const histogram = h('div', { class: 'tv-histogram' });
		const legend = h('ul', { class: 'tv-legend', 'aria-label': 'Colours of wake-up reasons' });
		const table = recordsTable(trace, `Records of ${trace.source}`, (i) => this.select(i, true));
		const live = h('div', { class: 'tv-live' }, [
			controls,
			h('p', { class: 'tv-sr', id: `${id}-keys` }, [KEY_HELP]),
			minimap,
			h('div', { class: 'tv-stage' }, [canvas, tooltip]),
			status,
			details,
			h('div', { class: 'tv-wakeups' }, [
				h('p', { class: 'tv-sub' }, ['Wake-ups of lane ', laneSelect]),
				h('figure', {}, [raster, h('figcaption', {}, ['Raster: each wake-up at its phase in the period (across) and its cycle (down); a straight column means a steady period.'])]),
				h('figure', {}, [histogram, h('figcaption', {}, ['Gaps between consecutive wake-ups, log-scaled bins.'])]),
				legend,
			]),
			table.root,
		]);
		this.append(live);
		return { canvas, minimap, tooltip, status, details, laneSelect, raster, histogram, legend, search, matchStatus, table };
	}

	private observeEnvironment(): void {
		const ui = this.ui!;
		const on = <K extends keyof HTMLElementEventMap>(target: HTMLElement, type: K, fn: (e: HTMLElementEventMap[K]) => void, options?: AddEventListenerOptions) => {
			target.addEventListener(type, fn as EventListener, options);
			this.cleanup.push(() => target.removeEventListener(type, fn as EventListener));
		};
		on(ui.canvas, 'keydown', (e) => this.onKey(e));
		on(ui.canvas, 'wheel', (e) => this.onWheel(e), { passive: false });
		on(ui.canvas, 'pointerdown', (e) => this.onPointerDown(e));
		on(ui.canvas, 'pointermove', (e) => this.onPointerMove(e));
		on(ui.canvas, 'pointerup', (e) => this.onPointerUp(e));
		on(ui.canvas, 'pointercancel', (e) => this.onPointerUp(e));
		on(ui.canvas, 'pointerleave', () => (ui.tooltip.hidden = true));
		on(ui.minimap, 'pointerdown', (e) => this.onMinimap(e));
		on(ui.minimap, 'pointermove', (e) => e.buttons === 1 && this.onMinimap(e));
		const resize = new ResizeObserver(() => this.requestDraw());
		resize.observe(this);
		const theme = new MutationObserver(() => {
			this.palette = this.readPalette();
			this.requestDraw();
			this.drawWakeUps();
		});
		theme.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
		const onHash = () => {
			const link = readLink(location.hash, this.viewerId);
			if (link) this.setView(link.window, link.selected);
		};
		window.addEventListener('hashchange', onHash);
		this.cleanup.push(() => resize.disconnect(), () => theme.disconnect(), () => window.removeEventListener('hashchange', onHash));
	}

	private requestDraw(): void {
		if (!this.frame) this.frame = requestAnimationFrame(() => this.drawNow());
	}

	private drawNow(): void {
		this.frame = 0;
		const ui = this.ui;
		const layout = this.layout;
		if (!ui || !layout) return;
		const started = performance.now();
		const width = Math.max(ui.canvas.parentElement!.clientWidth, 200);
		const g = timelineGeometry(layout.rows.length, width, Number(this.dataset.height) || 320);
		this.geometry = g;
		const ctx = sizeCanvas(ui.canvas, width, g.height);
		ctx.clearRect(0, 0, width, g.height);
		paintTimeline(canvasPainter(ctx), layout, this.view, g, this.palette, { selected: this.selected, matches: this.searchHits });
		const mctx = sizeCanvas(ui.minimap, width, 36);
		mctx.clearRect(0, 0, width, 36);
		paintMinimap(canvasPainter(mctx), this.counts, layout.extent, this.view, this.palette, width, 36);
		this.frameTimes.push(performance.now() - started);
		if (this.frameTimes.length > 2000) this.frameTimes.splice(0, 1000);
		const shown = `${formatOffset(this.view.t0)} to ${formatOffset(this.view.t1)} (${formatDuration(this.view.t1 - this.view.t0)} wide)`;
		replaceChildren(ui.status, [`Showing ${shown}.`, this.selected >= 0 ? ` Selected: ${this.describe(this.selected)}.` : ' No record selected.']);
	}

	private drawWakeUps(): void {
		const ui = this.ui;
		const trace = this.trace;
		const layout = this.layout;
		if (!ui || !trace || !layout) return;
		const lane = Number(ui.laneSelect.value);
		const wakeUps = layout.wakeUps[lane];
		const analysis = trace.analysis.lanes.find((l) => l.lane === trace.lanes[lane]);
		const period = foldPeriodNs(trace, wakeUps, analysis);
		const width = Math.max(Math.min(ui.raster.parentElement!.clientWidth, 420), 200);
		const ctx = sizeCanvas(ui.raster, width, 120);
		ctx.clearRect(0, 0, width, 120);
		if (period) {
			const fold = foldWakeUps(trace, wakeUps, period);
			const cols = Math.min(width, 240);
			const rows = Math.min(Math.max(fold.cycles, 1), 104);
			paintRaster(canvasPainter(ctx), rasterGrid(fold, cols, rows), cols, rows, period, this.palette, width, 120);
			ui.raster.setAttribute('aria-label', `Raster of ${wakeUps.length} wake-ups of ${trace.lanes[lane]} folded by ${formatDuration(period)} over ${fold.cycles} cycles. ${analysis?.headline ?? ''}`);
		} else ui.raster.setAttribute('aria-label', `Fewer than two wake-ups in ${trace.lanes[lane]}: nothing to fold.`);
		const bins = logHistogram(wakeUpGapsMs(trace, wakeUps));
		const p = svgPainter();
		paintHistogram(p, bins, this.palette, 300, 120);
		const summary = bins.length ? `Gaps histogram of ${trace.lanes[lane]}: ${bins.map((b) => `${b.count} in ${b.lo === 0 ? '0' : formatDuration(b.lo * 1e6)}–${formatDuration(b.hi * 1e6)}`).join(', ')}` : 'No gaps: fewer than two wake-ups.';
		const svg = el('svg', { width: 300, height: 120, viewBox: '0 0 300 120', role: 'img', 'aria-label': summary }, p.nodes);
		replaceChildren(ui.histogram, [svgToDom(svg, document)]);
		const used = Object.entries(analysis?.reasons ?? {}).filter(([, n]) => n > 0);
		replaceChildren(ui.legend, (used.length ? used : [['unknown', wakeUps.length]]).map(([reason, n]) => {
			const swatch = h('span', { class: 'tv-swatch', 'aria-hidden': 'true' });
			swatch.style.background = this.palette.reasons[reason as keyof Palette['reasons']];
			return h('li', {}, [swatch, `${reason}: ${n}`]);
		}));
	}

	private setView(next: TimeWindow, selected = this.selected): void {
		this.view = next;
		if (selected !== this.selected) this.select(selected, false);
		this.requestDraw();
		this.scheduleLink();
	}

	private select(i: number, announce: boolean): void {
		const ui = this.ui!;
		const trace = this.trace!;
		this.selected = i >= 0 && i < trace.count ? i : -1;
		if (this.selected < 0) {
			ui.details.hidden = true;
		} else {
			const close = h('button', { type: 'button', class: 'tv-close' }, ['Close details']);
			close.addEventListener('click', () => this.select(-1, true));
			replaceChildren(ui.details, [h('p', { class: 'tv-sub' }, ['Selected record']), ...detailsContent(trace, this.selected, (p) => this.select(p, true)), close]);
			ui.details.hidden = false;
			if (announce) ui.table.showPageOf(this.selected);
		}
		this.requestDraw();
		this.scheduleLink();
	}

	private describe(i: number): string {
		const t = this.trace!;
		const d = t.duration[i];
		return `${t.strings[t.name[i]]} in ${t.lanes[t.lane[i]]} at ${formatOffset(t.start[i])}${d < 0 ? ', instant' : `, ${formatDuration(d)}`}`;
	}

	private zoomCentre(factor: number): void {
		this.setView(zoomAt(this.view, (this.view.t0 + this.view.t1) / 2, factor, this.layout!.extent));
	}

	private reset(): void {
		this.setView(fullWindow(this.layout!.extent));
	}

	private fit(): void {
		const trace = this.trace!;
		if (this.selected < 0) return this.reset();
		this.setView(fitRange(trace.start[this.selected], recordEnd(trace, this.selected), this.layout!.extent));
	}

	private setQuery(query: string): void {
		this.searchHits = searchTrace(this.trace!, query);
		replaceChildren(this.ui!.matchStatus, [query.trim() ? `${this.searchHits.length} match${this.searchHits.length === 1 ? '' : 'es'}` : '']);
		this.requestDraw();
	}

	private stepMatch(direction: 1 | -1): void {
		const next = stepMatch(this.searchHits, this.selected, direction);
		if (next < 0) return;
		this.select(next, true);
		const trace = this.trace!;
		const span = this.view.t1 - this.view.t0;
		if (trace.start[next] < this.view.t0 || trace.start[next] > this.view.t1) this.setView(panBy(this.view, trace.start[next] - (this.view.t0 + span / 2), this.layout!.extent));
	}

	/** The URL of this exact view (window and selection). */
	linkUrl(): string {
		const hash = writeLink(location.hash, this.viewerId, { window: this.view, selected: this.selected });
		return `${location.origin}${location.pathname}${location.search}${hash}`;
	}

	private scheduleLink(): void {
		if (this.dataset.state !== 'ready') return; // restoring on load must not rewrite the URL
		clearTimeout(this.linkTimer);
		this.linkTimer = window.setTimeout(() => history.replaceState(history.state, '', this.linkUrl()), 250);
	}

	private async copyLink(): Promise<void> {
		const url = this.linkUrl();
		history.replaceState(history.state, '', url);
		try {
			await navigator.clipboard.writeText(url);
			replaceChildren(this.ui!.matchStatus, ['Link copied']);
		} catch {
			window.prompt('Copy this link:', url);
		}
	}

	private exportSvg(): void {
		const g = this.geometry!;
		const title = this.dataset.title || this.trace!.source;
		const text = exportSvg(this.layout!, this.view, g, this.palette, { selected: this.selected, matches: this.searchHits }, title, this.trace!.analysis.headline);
		download(new Blob([text], { type: 'image/svg+xml' }), `${this.viewerId}.svg`);
	}

	private exportPng(): void {
		// Paint once with an opaque background, so the PNG reads well outside the page.
		const g = this.geometry!;
		const canvas = document.createElement('canvas');
		const ctx = sizeCanvas(canvas, g.width, g.height);
		ctx.fillStyle = this.palette.bg;
		ctx.fillRect(0, 0, g.width, g.height);
		paintTimeline(canvasPainter(ctx), this.layout!, this.view, g, this.palette, { selected: this.selected, matches: this.searchHits });
		canvas.toBlob((blob) => blob && download(blob, `${this.viewerId}.png`), 'image/png');
	}

	private onKey(e: KeyboardEvent): void {
		const extent = this.layout!.extent;
		const span = this.view.t1 - this.view.t0;
		const actions: Record<string, () => void> = {
			w: () => this.zoomCentre(0.8),
			ArrowUp: () => this.zoomCentre(0.8),
			s: () => this.zoomCentre(1.25),
			ArrowDown: () => this.zoomCentre(1.25),
			a: () => this.setView(panBy(this.view, -span * 0.1, extent)),
			ArrowLeft: () => this.setView(panBy(this.view, -span * 0.1, extent)),
			d: () => this.setView(panBy(this.view, span * 0.1, extent)),
			ArrowRight: () => this.setView(panBy(this.view, span * 0.1, extent)),
			f: () => this.fit(),
			'0': () => this.reset(),
			Enter: () => this.select(nearestToCentre(this.layout!, this.view), true),
			' ': () => this.select(nearestToCentre(this.layout!, this.view), true),
			'[': () => this.stepRecord(-1),
			']': () => this.stepRecord(1),
			n: () => this.stepMatch(1),
			N: () => this.stepMatch(-1),
			Escape: () => this.select(-1, true),
		};
		const key = e.key.length === 1 && e.key !== 'N' ? e.key.toLowerCase() : e.key;
		const action = e.ctrlKey || e.metaKey || e.altKey ? undefined : actions[key];
		if (!action) return;
		e.preventDefault();
		action();
	}

	private stepRecord(step: number): void {
		if (this.selected < 0) return this.select(nearestToCentre(this.layout!, this.view), true);
		const next = neighbourInRow(this.layout!, this.selected, step);
		if (next < 0) return;
		this.select(next, true);
		const trace = this.trace!;
		if (trace.start[next] < this.view.t0 || trace.start[next] > this.view.t1) this.setView(panBy(this.view, trace.start[next] - (this.view.t0 + this.view.t1) / 2, this.layout!.extent));
	}

	private onWheel(e: WheelEvent): void {
		e.preventDefault();
		const g = this.geometry!;
		const x = e.offsetX;
		const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
		const dx = e.deltaX * unit;
		const dy = e.deltaY * unit;
		if (Math.abs(dx) > Math.abs(dy) && !e.ctrlKey) return this.setView(panBy(this.view, (dx / g.width) * (this.view.t1 - this.view.t0), this.layout!.extent));
		// A pinch on a touchpad arrives as a wheel event with ctrlKey and small deltas.
		const factor = Math.exp(dy * (e.ctrlKey ? 0.01 : 0.002));
		this.setView(zoomAt(this.view, xToTime(this.view, g.width, x), factor, this.layout!.extent));
	}

	private onPointerDown(e: PointerEvent): void {
		this.ui!.canvas.setPointerCapture(e.pointerId);
		this.pointers.set(e.pointerId, { x: e.offsetX, y: e.offsetY });
		if (this.pointers.size === 2) {
			const [a, b] = [...this.pointers.values()];
			this.pinch = { distance: Math.hypot(a.x - b.x, a.y - b.y), window: this.view };
			this.drag = undefined;
		} else this.drag = { x: e.offsetX, window: this.view, moved: false };
	}

	private onPointerMove(e: PointerEvent): void {
		const g = this.geometry!;
		if (this.pointers.has(e.pointerId)) this.pointers.set(e.pointerId, { x: e.offsetX, y: e.offsetY });
		if (this.pinch && this.pointers.size === 2) {
			const [a, b] = [...this.pointers.values()];
			const factor = this.pinch.distance / Math.max(Math.hypot(a.x - b.x, a.y - b.y), 1);
			return this.setView(zoomAt(this.pinch.window, xToTime(this.pinch.window, g.width, (a.x + b.x) / 2), factor, this.layout!.extent));
		}
		if (this.drag) {
			const dx = e.offsetX - this.drag.x;
			if (Math.abs(dx) > 3) this.drag.moved = true;
			if (this.drag.moved) return this.setView(panBy(this.drag.window, (-dx / g.width) * (this.drag.window.t1 - this.drag.window.t0), this.layout!.extent));
		}
		this.hover(e.offsetX, e.offsetY);
	}

	private onPointerUp(e: PointerEvent): void {
		this.pointers.delete(e.pointerId);
		if (this.pointers.size < 2) this.pinch = undefined;
		if (this.drag && !this.drag.moved && e.type === 'pointerup') {
			this.select(hitTest(this.layout!, this.view, this.geometry!, e.offsetX, e.offsetY), true);
		}
		this.drag = undefined;
	}

	private hover(x: number, y: number): void {
		const tip = this.ui!.tooltip;
		const i = hitTest(this.layout!, this.view, this.geometry!, x, y);
		if (i < 0) {
			tip.hidden = true;
			return;
		}
		replaceChildren(tip, [this.describe(i)]);
		tip.hidden = false;
		tip.style.left = `${Math.min(x + 12, this.geometry!.width - 220)}px`;
		tip.style.top = `${y + 14}px`;
	}

	private onMinimap(e: PointerEvent): void {
		const extent = this.layout!.extent;
		const t = xToTime(extent, this.ui!.minimap.clientWidth, e.offsetX);
		const span = this.view.t1 - this.view.t0;
		this.setView(panBy(this.view, t - (this.view.t0 + span / 2), extent));
	}
}

/** Sizes a canvas for `width` x `height` CSS px at the device pixel ratio; returns its scaled context. */
function sizeCanvas(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D {
	const dpr = Math.min(window.devicePixelRatio || 1, 3);
	const w = Math.round(width * dpr);
	const hgt = Math.round(height * dpr);
	if (canvas.width !== w || canvas.height !== hgt) {
		canvas.width = w;
		canvas.height = hgt;
		canvas.style.width = `${width}px`;
		canvas.style.height = `${height}px`;
	}
	const ctx = canvas.getContext('2d')!;
	ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
	return ctx;
}
