/**
 * `<trace-viewer>`: the interactive trace viewer. It upgrades the build-time markup (title,
 * headline, badge, static SVG, numbers) when scrolled into view: fetches the compact JSON (the
 * page's first viewer has it preloaded and decodes it at once), lays it out, draws the timeline
 * and the minimap at once, and right after that first frame is on screen simulates the unload
 * policy per lane (the bands under the lanes) and shows the numbers tables, the wake-up views
 * and finer detail levels. A compare block (`data-compare`) is one combined trace on a relative
 * time axis. The parts: `viewer-ui.ts` (DOM), `viewer-input.ts` (keys, wheel, pointer), `policy-controls.ts`,
 * `unload-band.ts`, `deep-link-sync.ts` (URL hash), `wake-up-views.ts`, `viewer-export.ts`.
 */
import { pickPolicy, WASM_OPERATOR_POLICY, type UnloadPolicy } from '../trace/analysis/unload-simulation.ts';
import type { CompactTrace } from '../trace/compact/compact-trace.ts';
import type { CompareSide } from '../trace/compare-traces.ts';
import { decodeCompact } from '../trace/compact/decode-compact.ts';
import { sizeCanvas } from './canvas-size.ts';
import { deepLinkSync, type DeepLinkSync } from './deep-link-sync.ts';
import { readLink } from './deep-link.ts';
import { recordSummary, showDetails } from './details-panel.ts';
import { h, replaceChildren } from './dom.ts';
import { paintMinimap } from './draw-minimap.ts';
import { paintTimeline } from './draw-timeline.ts';
import { BAND_HEIGHT, timelineGeometry, type Geometry } from './geometry.ts';
import { htmlToDom } from './html-node.ts';
import { afterNextPaint, whenIdle, whenNearViewport } from './frame-timing.ts';
import { buildLayout, type TraceLayout } from './layout.ts';
import { prebuildLevels } from './lod-levels.ts';
import { canvasPainter, warmUpCanvasText } from './painter.ts';
import { DARK, LIGHT, readPalette, type Palette } from './palette.ts';
import { formatDuration, formatOffset } from './ticks.ts';
import { fullWindow, type TimeWindow } from './view-state.ts';
import { downloadPng, downloadSvg, type ExportedView } from './viewer-export.ts';
import { bindInput } from './viewer-input.ts';
import { ViewerNavigation } from './viewer-navigation.ts';
import { bandStatus, laneWindows, simulateBands, type LaneBand } from './unload-band.ts';
import { buildViewerUi, type ViewerUi } from './viewer-ui.ts';
import { viewerTables } from './viewer-tables.ts';
import { drawWakeUpViews } from './wake-up-views.ts';

/** The custom element class; registered as `trace-viewer` by `register.ts`. */
export class TraceViewerElement extends HTMLElement {
	/** Draw durations in ms of the last frames (for `npm run bench:viewer`). */
	frameTimes: number[] = [];
	/** ms from `show` to the first frame drawn (JavaScript only; the `<id>:painted` mark follows the paint). */
	firstFrameMs = -1;
	private data?: Promise<CompactTrace>;
	private trace?: CompactTrace;
	private layout?: TraceLayout;
	private ui?: ViewerUi;
	private link?: DeepLinkSync;
	private nav?: ViewerNavigation;
	private palette: Palette = LIGHT;
	private geometry?: Geometry;
	private policy: UnloadPolicy = { ...WASM_OPERATOR_POLICY };
	private bands: LaneBand[] = [];
	private sides?: CompareSide[];
	private frame = 0;
	private simulation = 0;
	private cleanup: (() => void)[] = [];

	/** The visible window and the selected record (read-only; for tests and the benchmark). */
	get viewState(): { window: TimeWindow; selected: number } {
		return { window: { ...(this.nav?.view ?? { t0: 0, t1: 1 }) }, selected: this.nav?.selected ?? -1 };
	}

	/** The unload policy of the bands drawn and, per shown lane, what it gives; no lanes before the first run (read-only; for tests). */
	get unloadState(): { policy: UnloadPolicy; lanes: { lane: string; loadedFraction: number | null; coldStarts: number; loadedIntervals: number }[] } {
		const lanes = this.bands.map((b) => ({ lane: b.lane, loadedFraction: b.run.summary.loadedFraction, coldStarts: b.run.summary.coldStarts, loadedIntervals: b.run.loaded.length / 2 }));
		return { policy: { ...(this.bands[0]?.run.summary ? pickPolicy(this.bands[0].run.summary) : this.policy) }, lanes };
	}

	/** The viewer's id, which names its entry in the URL hash. */
	get viewerId(): string {
		return this.id || 'tv';
	}

	connectedCallback(): void {
		if (this.dataset.state) return;
		this.dataset.state = 'waiting';
		// A preloaded viewer (the page's first) decodes its data at once, while the page settles; the others when near the viewport.
		if (this.querySelector(':scope > link[rel="preload"]')) this.fetchTrace().catch(() => {}); // load() reports a failure
		this.cleanup.push(whenNearViewport(this, () => void this.load()));
	}

	disconnectedCallback(): void {
		for (const undo of this.cleanup.splice(0)) undo();
		cancelAnimationFrame(this.simulation);
		this.simulation = 0;
	}

	/** Fetches and shows the data now (lazy loading calls this when the element nears the viewport). */
	async load(): Promise<void> {
		if (this.dataset.state === 'loading' || this.dataset.state === 'ready') return;
		this.dataset.state = 'loading';
		try {
			this.show(await this.fetchTrace());
		} catch (error) {
			this.dataset.state = 'error';
			this.append(h('p', { class: 'tv-error', role: 'alert' }, [`The interactive viewer could not load its data: ${(error as Error).message}. The static overview above still shows the trace.`]));
		}
	}

	/** Fetches and decodes the data, once. */
	private fetchTrace(): Promise<CompactTrace> {
		return (this.data ??= (async () => {
			const src = this.dataset.src ?? '';
			const request = fetch(src);
			warmUpCanvasText(); // while the data is on its way
			const response = await request;
			if (!response.ok) throw new Error(`HTTP ${response.status} for ${src}`);
			const bytes = await response.arrayBuffer();
			performance.mark(`${this.viewerId}:fetched`);
			const trace = decodeCompact(new TextDecoder().decode(bytes));
			performance.mark(`${this.viewerId}:decoded`);
			return trace;
		})());
	}

	/** Lays out and draws a decoded trace. */
	show(trace: CompactTrace): void {
		const started = performance.now();
		const lanes = this.dataset.lanes ? (JSON.parse(this.dataset.lanes) as string[]) : undefined;
		const sides = (this.sides = this.dataset.compare ? (JSON.parse(this.dataset.compare) as CompareSide[]) : undefined);
		const layout = buildLayout(trace, { lanes, relative: sides !== undefined });
		[this.trace, this.layout] = [trace, layout];
		performance.mark(`${this.viewerId}:laid-out`);
		this.palette = this.readPalette();
		// Measured before the live UI exists, so drawing the first frame forces no extra layout.
		const style = getComputedStyle(this);
		const firstWidth = this.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
		const link = readLink(location.hash, this.viewerId);
		if (link?.policy) this.policy = link.policy;
		const initial = this.dataset.window?.split(',').map(Number);
		const view = link?.window ?? (initial && initial.length === 2 ? { t0: initial[0], t1: initial[1] } : fullWindow(layout.extent));
		const nav = (this.nav = new ViewerNavigation(layout, view, {
			changed: () => {
				this.requestDraw();
				if (this.dataset.state === 'ready') this.link?.schedule(); // restoring on load must not rewrite the URL
			},
			selected: (i, announce) => {
				showDetails(this.ui!.details, trace, i, (next) => nav.select(next, true), layout.relative);
				if (announce && i >= 0) this.ui!.table.showPageOf(i);
			},
		}));
		this.ui = buildViewerUi(this, {
			id: this.viewerId,
			title: this.dataset.title || trace.source,
			trace,
			layout,
			actions: {
				zoom: (f) => nav.zoomCentre(f),
				reset: () => nav.reset(),
				fit: () => nav.fit(),
				stepMatch: (d) => nav.stepMatch(d),
				search: (q) => {
					const n = nav.search(q);
					replaceChildren(this.ui!.matchStatus, [q.trim() ? plural(n, 'match', 'matches') : '']);
				},
				copyLink: () => void this.link?.copy((m) => replaceChildren(this.ui!.matchStatus, [m])),
				exportSvg: () => downloadSvg(this.exported()),
				exportPng: () => downloadPng(this.exported()),
			},
			onLane: () => this.drawWakeUps(),
			onSelect: (i) => nav.select(i, true),
			policy: this.policy,
			onPolicy: (p) => this.setPolicy(p, true),
		});
		nav.select(link && link.selected < trace.count ? link.selected : -1, false);
		this.dataset.state = 'ready';
		this.observeEnvironment();
		this.drawNow(firstWidth);
		this.firstFrameMs = performance.now() - started;
		performance.mark(`${this.viewerId}:first-frame`);
		// Once that frame is on screen: the unload bands and numbers, the wake-up views, then finer detail levels when idle.
		afterNextPaint(() => {
			performance.mark(`${this.viewerId}:painted`);
			this.simulate();
			this.drawWakeUps();
			const nsPerPx = (nav.view.t1 - nav.view.t0) / (this.geometry?.width ?? 1000);
			whenIdle((hasTime) => prebuildLevels(layout.trace, layout.rows, nsPerPx, hasTime));
		});
	}

	/** The URL of this exact view (window, selection and unload policy). */
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
		const nav = this.nav!;
		const context = { geometry: () => this.geometry!, describe: (i: number) => recordSummary(nav.layout.trace, i) };
		bindInput(ui.canvas, ui.tooltip, ui.minimap, nav, context, (el, type, fn, options) => {
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
		this.link = deepLinkSync({
			viewerId: this.viewerId,
			state: () => ({ window: nav.view, selected: nav.selected, policy: this.policy }),
			restore: (s) => {
				nav.setView(s.window, s.selected);
				const policy = s.policy ?? WASM_OPERATOR_POLICY;
				ui.policy.set(policy);
				this.setPolicy(policy, false);
			},
		});
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
		const { ui, layout, nav } = this;
		if (!ui || !layout || !nav) return;
		const view = nav.view;
		const marks = { selected: nav.selected, matches: nav.matches };
		const started = performance.now();
		const w = Math.max(width || ui.canvas.parentElement!.clientWidth, 200);
		const g = timelineGeometry(layout.lanes.map((l) => l.rowCount), w, Number(this.dataset.height) || 320, BAND_HEIGHT);
		this.geometry = g;
		const ctx = sizeCanvas(ui.canvas, w, g.height);
		ctx.clearRect(0, 0, w, g.height);
		paintTimeline(canvasPainter(ctx), layout, view, g, this.palette, marks, this.bands);
		const mctx = sizeCanvas(ui.minimap, w, 36);
		mctx.clearRect(0, 0, w, 36);
		paintMinimap(canvasPainter(mctx), layout.density, layout.extent, view, this.palette, w, 36);
		this.frameTimes.push(performance.now() - started);
		if (this.frameTimes.length > 2000) this.frameTimes.splice(0, 1000);
		const shown = `${formatOffset(view.t0)} to ${formatOffset(view.t1)} (${formatDuration(view.t1 - view.t0)} wide)`;
		replaceChildren(ui.status, [`Showing ${shown}.`, nav.selected >= 0 ? ` Selected: ${recordSummary(layout.trace, nav.selected)}.` : ' No record selected.']);
	}

	/** Sets the unload policy: simulated at the next frame (several inputs in one frame cost one run); `fromReader` also updates the link. */
	private setPolicy(policy: UnloadPolicy, fromReader: boolean): void {
		this.policy = { ...policy };
		if (!this.simulation) this.simulation = requestAnimationFrame(() => this.simulate());
		if (fromReader) this.link?.schedule();
	}

	/**
	 * Simulates the policy over every shown lane, then redraws the bands and the numbers. The
	 * first run comes right after the first frame (at 1e5 records it costs about as much as
	 * decoding), whose bands are reserved but empty.
	 */
	private simulate(): void {
		cancelAnimationFrame(this.simulation);
		this.simulation = 0;
		if (!this.layout || !this.trace) return;
		this.bands = simulateBands(this.layout, this.policy, laneWindows(this.trace.analysis, this.sides));
		this.showNumbers();
		this.requestDraw();
	}

	/** The numbers tables at the current policy (the same as the build-time overview's at the default) and the one-line summary. */
	private showNumbers(): void {
		const { ui, trace, layout } = this;
		if (!ui || !trace || !layout) return;
		const unload = new Map(this.bands.map((b) => [b.lane, b.run.summary]));
		const tables = viewerTables({ analysis: trace.analysis, lanes: layout.lanes.map((l) => l.name), sides: this.sides, unload });
		replaceChildren(ui.summary, [htmlToDom(tables, document)]);
		replaceChildren(ui.policy.status, [bandStatus(this.bands, this.sides)]);
	}

	private drawWakeUps(): void {
		if (this.ui && this.layout) drawWakeUpViews(this.ui, this.layout, this.palette);
	}

	private exported(): ExportedView {
		const nav = this.nav!;
		const marks = { selected: nav.selected, matches: nav.matches };
		return { layout: nav.layout, view: nav.view, geometry: this.geometry!, palette: this.palette, marks, bands: this.bands, title: this.dataset.title || this.trace!.source, fileName: this.viewerId };
	}
}

/** e.g. `plural(1, 'match', 'matches')` -> `"1 match"`. */
function plural(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}
