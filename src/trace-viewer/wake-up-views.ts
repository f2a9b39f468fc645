/** Draws the wake-up views of the chosen lane: the folded raster, the gaps histogram and the reason legend. */
import { h, replaceChildren } from './dom.ts';
import { sizeCanvas } from './canvas-size.ts';
import { paintHistogram, paintRaster } from './draw-wakeups.ts';
import { logHistogram, wakeUpGapsMs } from './gaps-histogram.ts';
import type { TraceLayout } from './layout.ts';
import { canvasPainter, svgPainter } from './painter.ts';
import type { Palette } from './palette.ts';
import { foldPeriodNs, foldWakeUps, rasterGrid } from './raster.ts';
import { el, svgToDom } from './svg-node.ts';
import { formatDuration } from './ticks.ts';
import type { ViewerUi } from './viewer-ui.ts';

/** Redraws the wake-up views for the lane chosen in `ui.laneSelect`. */
export function drawWakeUpViews(ui: Pick<ViewerUi, 'laneSelect' | 'raster' | 'histogram' | 'legend'>, layout: TraceLayout, palette: Palette): void {
	const trace = layout.trace;
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
		paintRaster(canvasPainter(ctx), rasterGrid(fold, cols, rows), cols, rows, period, palette, width, 120);
		ui.raster.setAttribute('aria-label', `Raster of ${wakeUps.length} wake-ups of ${trace.lanes[lane]} folded by ${formatDuration(period)} over ${fold.cycles} cycles. ${analysis?.headline ?? ''}`);
	} else ui.raster.setAttribute('aria-label', `Fewer than two wake-ups in ${trace.lanes[lane]}: nothing to fold.`);
	// Twelve bins a decade: fine enough that a 5 s period stands out as one narrow peak.
	const bins = logHistogram(wakeUpGapsMs(trace, wakeUps), 12);
	const p = svgPainter();
	paintHistogram(p, bins, palette, 300, 120);
	const summary = bins.length ? `Gaps histogram of ${trace.lanes[lane]}: ${bins.filter((b) => b.count > 0).map((b) => `${b.count} in ${b.lo === 0 ? '0' : formatDuration(b.lo * 1e6)}–${formatDuration(b.hi * 1e6)}`).join(', ')}` : 'No gaps: fewer than two wake-ups.';
	const svg = el('svg', { width: 300, height: 120, viewBox: '0 0 300 120', role: 'img', 'aria-label': summary }, p.nodes);
	replaceChildren(ui.histogram, [svgToDom(svg, document)]);
	const used = Object.entries(analysis?.reasons ?? {}).filter(([, n]) => n > 0);
	replaceChildren(ui.legend, (used.length ? used : [['unknown', wakeUps.length]]).map(([reason, n]) => {
		const swatch = h('span', { class: 'tv-swatch', 'aria-hidden': 'true' });
		swatch.style.background = palette.reasons[reason as keyof Palette['reasons']];
		return h('li', {}, [swatch, `${reason}: ${n}`]);
	}));
}
