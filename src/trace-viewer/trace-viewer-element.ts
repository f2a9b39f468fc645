/**
 * `<trace-viewer>`: the interactive trace viewer. It upgrades the build-time markup (title,
 * headline, badge, static SVG) when scrolled into view: fetches the compact JSON, lays it out,
 * draws the timeline and minimap at once, and the wake-up views and finer detail levels right
 * after that first frame is on screen. The parts: `viewer-ui.ts` (DOM), `viewer-input.ts`
 * (keys, wheel, pointer), `deep-link-sync.ts` (URL hash), `wake-up-views.ts`, `viewer-export.ts`.
 */
import { decodeCompact, type CompactTrace } from '../../scripts/trace/compact.ts';
import { sizeCanvas } from './canvas-size.ts';
import { deepLinkSync, type DeepLinkSync } from './deep-link-sync.ts';
import { readLink } from './deep-link.ts';
import { detailsContent, recordSummary } from './details-panel.ts';
import { h, replaceChildren } from './dom.ts';
import { paintMinimap } from './draw-minimap.ts';
import { paintTimeline } from './draw-timeline.ts';
import { timelineGeometry, type Geometry } from './geometry.ts';
import { nearestToCentre, neighbourInRow } from './hit-test.ts';
import { buildLayout, recordEnd, type TraceLayout } from './layout.ts';
import { prebuildLevels } from './lod-levels.ts';
import { canvasPainter, font } from './painter.ts';
import { DARK, LIGHT, readPalette, type Palette } from './palette.ts';
import { searchTrace, stepMatch } from './search.ts';
import { formatDuration, formatOffset } from './ticks.ts';
import { fitRange, fullWindow, panBy, zoomAt, type TimeWindow } from './view-state.ts';
import { downloadPng, downloadSvg, type ExportedView } from './viewer-export.ts';
import { bindInput, type InputTarget } from './viewer-input.ts';
import { buildViewerUi, type ViewerUi } from './viewer-ui.ts';
import { drawWakeUpViews } from './wake-up-views.ts';

/** The custom element class; registered as `trace-viewer` by `register.ts`. */
export class TraceViewerElement extends HTMLElement {
	/** Draw durations in ms of the last frames (for `npm run bench:viewer`). */
	frameTimes: number[] = [];
	/** ms from `show` to the first frame drawn (JavaScript only; the `<id>:painted` mark follows the paint). */
	firstFrameMs = -1;
	private trace?: CompactTrace;
	private layout?: TraceLayout;
	private ui?: ViewerUi;
	private link?: DeepLinkSync;
	private view: TimeWindow = { t0: 0, t1: 1 };
	private selected = -1;
	private searchHits: Uint32Array = new Uint32Array(0);
	private palette: Palette = LIGHT;
	private geometry?: Geometry;
	private frame = 0;
	private cleanup: (() => void)[] = [];

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
			const request = fetch(src);
			warmUpCanvasText(); // while the data is on its way
			const response = await request;
			if (!response.ok) throw new Error(`HTTP ${response.status} for ${src}`);
			const bytes = await response.arrayBuffer();
			performance.mark(`${this.viewerId}:fetched`);
			const trace = decodeCompact(new TextDecoder().decode(bytes));
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
		const lanes = this.dataset.lanes ? (JSON.parse(this.dataset.lanes) as string[]) : undefined;
		const layout = buildLayout(trace, { lanes });
		[this.trace, this.layout] = [trace, layout];
		performance.mark(`${this.viewerId}:laid-out`);
		this.palette = this.readPalette();
		// Measured before the live UI exists, so drawing the first frame forces no extra layout.
		const style = getComputedStyle(this);
		const firstWidth = this.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
		this.ui = buildViewerUi(this, {
			id: this.viewerId,
			title: this.dataset.title || trace.source,
			trace,
			layout,
			actions: {
				zoom: (f) => this.zoomCentre(f),
				reset: () => this.reset(),
				fit: () => this.fit(),
				stepMatch: (d) => this.stepMatch(d),
				search: (q) => this.setQuery(q),
				copyLink: () => void this.link?.copy((m) => replaceChildren(this.ui!.matchStatus, [m])),
				exportSvg: () => downloadSvg(this.exported()),
				exportPng: () => downloadPng(this.exported()),
			},
			onLane: () => this.drawWakeUps(),
			onSelect: (i) => this.select(i, true),
		});
		const link = readLink(location.hash, this.viewerId);
		const initial = this.dataset.window?.split(',').map(Number);
		this.view = link?.window ?? (initial && initial.length === 2 ? { t0: initial[0], t1: initial[1] } : fullWindow(layout.extent));
		this.select(link && link.selected < trace.count ? link.selected : -1, false);
		this.dataset.state = 'ready';
		this.observeEnvironment();
		this.drawNow(firstWidth);
		this.firstFrameMs = performance.now() - started;
		performance.mark(`${this.viewerId}:first-frame`);
		// rAF runs just before the frame holding the first drawing is painted; a task queued there
		// runs after that paint. Only then the wake-up views, and finer detail levels when idle.
		requestAnimationFrame(() =>
			setTimeout(() => {
				performance.mark(`${this.viewerId}:painted`);
				this.drawWakeUps();
				this.prebuildDetail((this.view.t1 - this.view.t0) / (this.geometry?.width ?? 1000));
			}, 0),
		);
	}

	/** The URL of this exact view (window and selection). */
	linkUrl(): string {
		return this.link?.url() ?? location.href;
	}

	private readPalette(): Palette {
		const dark = document.documentElement.dataset.theme !== 'light';
		const style = getComputedStyle(this);
		return readPalette((name) => style.getPropertyValue(name), dark ? DARK : LIGHT);
	}

	private observeEnvironment(): void {
		const ui = this.ui!;
		const target: InputTarget = {
			layout: this.layout!,
			view: () => this.view,
			geometry: () => this.geometry!,
			setView: (w) => this.setView(w),
			select: (i, announce) => this.select(i, announce),
			zoomCentre: (f) => this.zoomCentre(f),
			reset: () => this.reset(),
			fit: () => this.fit(),
			stepMatch: (d) => this.stepMatch(d),
			stepRecord: (s) => this.stepRecord(s),
			describe: (i) => recordSummary(this.trace!, i),
		};
		bindInput(ui.canvas, ui.tooltip, ui.minimap, target, (el, type, fn, options) => {
			el.addEventListener(type, fn as EventListener, options);
			this.cleanup.push(() => el.removeEventListener(type, fn as EventListener));
		});
		// Only a new width needs a new frame (the observer also reports the first size, and heights change as views appear).
		const resize = new ResizeObserver(() => {
			if (ui.canvas.parentElement!.clientWidth !== this.geometry?.width) this.requestDraw();
		});
		resize.observe(this);
		const theme = new MutationObserver(() => {
			this.palette = this.readPalette();
			this.requestDraw();
			this.drawWakeUps();
		});
		theme.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
		this.link = deepLinkSync({ viewerId: this.viewerId, state: () => ({ window: this.view, selected: this.selected }), restore: (s) => this.setView(s.window, s.selected) });
		const link = this.link;
		this.cleanup.push(() => resize.disconnect(), () => theme.disconnect(), () => link.dispose());
	}

	private requestDraw(): void {
		if (!this.frame) this.frame = requestAnimationFrame(() => this.drawNow());
	}

	/** Draws the timeline and minimap now, `width` CSS px wide (default: as laid out). */
	private drawNow(width?: number): void {
		cancelAnimationFrame(this.frame); // a frame requested before this direct draw is not needed any more
		this.frame = 0;
		const { ui, layout } = this;
		if (!ui || !layout) return;
		const started = performance.now();
		const w = Math.max(width || ui.canvas.parentElement!.clientWidth, 200);
		const g = timelineGeometry(layout.rows.length, w, Number(this.dataset.height) || 320);
		this.geometry = g;
		const ctx = sizeCanvas(ui.canvas, w, g.height);
		ctx.clearRect(0, 0, w, g.height);
		paintTimeline(canvasPainter(ctx), layout, this.view, g, this.palette, { selected: this.selected, matches: this.searchHits });
		const mctx = sizeCanvas(ui.minimap, w, 36);
		mctx.clearRect(0, 0, w, 36);
		paintMinimap(canvasPainter(mctx), layout.density, layout.extent, this.view, this.palette, w, 36);
		this.frameTimes.push(performance.now() - started);
		if (this.frameTimes.length > 2000) this.frameTimes.splice(0, 1000);
		const shown = `${formatOffset(this.view.t0)} to ${formatOffset(this.view.t1)} (${formatDuration(this.view.t1 - this.view.t0)} wide)`;
		replaceChildren(ui.status, [`Showing ${shown}.`, this.selected >= 0 ? ` Selected: ${recordSummary(layout.trace, this.selected)}.` : ' No record selected.']);
	}

	private drawWakeUps(): void {
		if (this.ui && this.layout) drawWakeUpViews(this.ui, this.layout, this.palette);
	}

	/** Builds the detail levels that zooming in from `nsPerPx` needs, in idle slices. */
	private prebuildDetail(nsPerPx: number): void {
		const layout = this.layout!;
		const idle = window.requestIdleCallback ?? ((fn: (d: IdleDeadline) => void) => setTimeout(() => fn({ didTimeout: false, timeRemaining: () => 0 }), 16));
		const slice = (deadline: IdleDeadline) => {
			const until = performance.now() + Math.max(deadline.timeRemaining(), 4);
			if (!prebuildLevels(layout.trace, layout.rows, nsPerPx, () => performance.now() < until)) idle(slice);
		};
		idle(slice);
	}

	private setView(next: TimeWindow, selected = this.selected): void {
		this.view = next;
		if (selected !== this.selected) this.select(selected, false);
		this.requestDraw();
		if (this.dataset.state === 'ready') this.link?.schedule(); // restoring on load must not rewrite the URL
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
		if (this.dataset.state === 'ready') this.link?.schedule();
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
		this.goTo(stepMatch(this.searchHits, this.selected, direction));
	}

	private stepRecord(step: number): void {
		if (this.selected < 0) return this.select(nearestToCentre(this.layout!, this.view), true);
		this.goTo(neighbourInRow(this.layout!, this.selected, step));
	}

	/** Selects record `i` and pans it into view when it is outside. */
	private goTo(i: number): void {
		if (i < 0) return;
		this.select(i, true);
		const t = this.trace!.start[i];
		if (t < this.view.t0 || t > this.view.t1) this.setView(panBy(this.view, t - (this.view.t0 + this.view.t1) / 2, this.layout!.extent));
	}

	private exported(): ExportedView {
		const marks = { selected: this.selected, matches: this.searchHits };
		return { layout: this.layout!, view: this.view, geometry: this.geometry!, palette: this.palette, marks, title: this.dataset.title || this.trace!.source, fileName: this.viewerId };
	}
}

/** Sets up canvas text once (font lookup and shaping take several ms the first time), so the first frame does not pay for it. */
function warmUpCanvasText(): void {
	const ctx = document.createElement('canvas').getContext('2d');
	if (!ctx) return;
	for (const bold of [false, true]) {
		ctx.font = font(11, bold);
		ctx.fillText('0123456789 +-.:smh', 0, 10);
	}
}
