/** Downloads the current view (with its unload bands) as SVG or PNG, for reports. */
import { sizeCanvas } from './canvas-size.ts';
import { download } from './dom.ts';
import { paintTimeline, type Marks } from './draw-timeline.ts';
import { exportSvg } from './export-svg.ts';
import type { Geometry } from './geometry.ts';
import type { TraceLayout } from './layout.ts';
import { canvasPainter } from './painter.ts';
import type { Palette } from './palette.ts';
import type { LaneBand } from './unload-band.ts';
import type { TimeWindow } from './view-state.ts';

/** The view to export and the file name to save it under (without extension). */
export interface ExportedView {
	layout: TraceLayout;
	view: TimeWindow;
	geometry: Geometry;
	palette: Palette;
	marks: Marks;
	/** The unload bands drawn under the lanes. */
	bands: readonly LaneBand[];
	title: string;
	/** e.g. `"tv-3fa2c9d1"` -> `tv-3fa2c9d1.svg` */
	fileName: string;
}

/** Saves the view as a standalone SVG with its title and headline. */
export function downloadSvg(v: ExportedView): void {
	const text = exportSvg(v.layout, v.view, v.geometry, v.palette, v.marks, v.title, v.layout.trace.analysis.headline, v.bands);
	download(new Blob([text], { type: 'image/svg+xml' }), `${v.fileName}.svg`);
}

/** Saves the view as a PNG at the device pixel ratio. */
export function downloadPng(v: ExportedView): void {
	// Paint once with an opaque background, so the PNG reads well outside the page.
	const g = v.geometry;
	const canvas = document.createElement('canvas');
	const ctx = sizeCanvas(canvas, g.width, g.height);
	ctx.fillStyle = v.palette.bg;
	ctx.fillRect(0, 0, g.width, g.height);
	paintTimeline(canvasPainter(ctx), v.layout, v.view, g, v.palette, v.marks, v.bands);
	canvas.toBlob((blob) => blob && download(blob, `${v.fileName}.png`), 'image/png');
}
