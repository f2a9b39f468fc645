/** Paints the minimap: record density over the whole trace and the visible window on top. */
import { timeToX } from './geometry.ts';
import type { Palette } from './palette.ts';
import type { Painter } from './painter.ts';
import type { TimeWindow } from './view-state.ts';

/**
 * Paints `counts` (see `density`) as columns over `extent`, and `w` as an outlined box.
 * @param counts e.g. 512 bins of record starts
 */
export function paintMinimap(p: Painter, counts: Uint32Array, extent: TimeWindow, w: TimeWindow, palette: Palette, width: number, height: number): void {
	const max = Math.max(1, ...counts);
	const bw = width / counts.length;
	for (let k = 0; k < counts.length; k++) {
		if (counts[k] === 0) continue;
		const h = Math.max(2, (Math.log1p(counts[k]) / Math.log1p(max)) * (height - 4));
		p.rect(k * bw, height - h, Math.max(bw, 1), h, palette.muted);
	}
	const x0 = Math.max(0, timeToX(extent, width, w.t0));
	const x1 = Math.min(width, timeToX(extent, width, w.t1));
	p.strokeRect(x0 + 1, 1, Math.max(x1 - x0 - 2, 2), height - 2, palette.window, 2);
}
