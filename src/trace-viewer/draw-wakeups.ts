/** Paints the wake-up raster and the gaps histogram on any `Painter`. */
import { WAKE_REASONS } from '../trace/model.ts';
import type { GapBin } from './gaps-histogram.ts';
import type { Palette } from './palette.ts';
import type { Painter } from './painter.ts';
import { formatDuration } from './ticks.ts';

/**
 * Paints a raster grid (see `rasterGrid`) scaled to `width` x `height` px, with the period's
 * start, middle and end labelled below.
 */
export function paintRaster(p: Painter, grid: Uint8Array, cols: number, rows: number, periodNs: number, palette: Palette, width: number, height: number): void {
	const plotH = height - 16;
	const cw = width / cols;
	const ch = plotH / rows;
	for (let y = 0; y < rows; y++) {
		for (let x = 0; x < cols; x++) {
			const v = grid[y * cols + x];
			if (v) p.rect(x * cw, y * ch, Math.max(cw, 2), Math.max(ch, 1.5), palette.reasons[WAKE_REASONS[v - 1]]);
		}
	}
	p.line(0, plotH + 0.5, width, plotH + 0.5, palette.grid);
	p.line(width / 2 + 0.5, 0, width / 2 + 0.5, plotH, palette.grid);
	p.text(0, height - 3, `−${formatDuration(periodNs / 2)}`, palette.muted, { size: 10 });
	p.text(width / 2, height - 3, `on period (${formatDuration(periodNs)})`, palette.muted, { size: 10, align: 'middle' });
	p.text(width, height - 3, `+${formatDuration(periodNs / 2)}`, palette.muted, { size: 10, align: 'end' });
}

/** Paints histogram bins as equal-width bars (equal on the log scale), labelling the tallest bin. */
export function paintHistogram(p: Painter, bins: GapBin[], palette: Palette, width: number, height: number): void {
	const plotH = height - 28;
	const top = 14;
	const max = Math.max(1, ...bins.map((b) => b.count));
	const bw = width / Math.max(bins.length, 1);
	let mode = 0;
	bins.forEach((b, k) => {
		if (b.count > bins[mode].count) mode = k;
		const h = (b.count / max) * plotH;
		if (b.count > 0) p.rect(k * bw + 1, top + plotH - Math.max(h, 1.5), Math.max(bw - 2, 1), Math.max(h, 1.5), palette.reasons['requeue-after']);
	});
	p.line(0, top + plotH + 0.5, width, top + plotH + 0.5, palette.grid);
	if (bins.length > 0) {
		const b = bins[mode];
		const x = Math.min(Math.max(mode * bw + bw / 2, 30), width - 30);
		p.text(x, 11, `${b.count} × ${label(b)}`, palette.text, { size: 10, align: 'middle' });
		// Label the decade edges (1 s, 10 s, ...), which the bins are aligned to.
		bins.forEach((b, k) => {
			const decade = b.lo > 0 && Math.abs(Math.log10(b.lo) - Math.round(Math.log10(b.lo))) < 1e-6;
			if (decade || (k === 0 && b.lo === 0)) p.text(Math.min(k * bw, width - 24), height - 3, b.lo === 0 ? '0' : formatDuration(b.lo * 1e6), palette.muted, { size: 10 });
		});
	}
}

/** A bin's range in words, e.g. "5.62 s – 10 s". */
export function label(b: GapBin): string {
	return b.lo === 0 ? '0 ms' : `${formatDuration(b.lo * 1e6)} – ${formatDuration(b.hi * 1e6)}`;
}
