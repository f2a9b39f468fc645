/** The timeline (with its unload bands) as a standalone SVG: for the export button and the build-time fallback. */
import type { TraceLayout } from './layout.ts';
import { paintTimeline, type Marks } from './draw-timeline.ts';
import { BAND_HEIGHT, timelineGeometry, type Geometry } from './geometry.ts';
import { STATIC, type Palette } from './palette.ts';
import { svgPainter } from './painter.ts';
import { el, svgToString, type SvgNode } from './svg-node.ts';
import type { LaneBand } from './unload-band.ts';
import { fullWindow, type TimeWindow } from './view-state.ts';

/**
 * The view `w` of a layout as an SVG tree with a title and a description.
 * @param title e.g. "Percona operator, reconcile starts"
 */
export function timelineSvg(layout: TraceLayout, w: TimeWindow, g: Geometry, palette: Palette, marks: Marks, title: string, description: string, bands: readonly LaneBand[] = []): SvgNode {
	const p = svgPainter();
	if (palette.bg !== 'none') p.rect(0, 0, g.width, g.height, palette.bg);
	paintTimeline(p, layout, w, g, palette, marks, bands);
	return el('svg', { width: g.width, height: g.height, viewBox: `0 0 ${g.width} ${g.height}` }, [
		el('title', {}, [title]),
		el('desc', {}, [description]),
		...p.nodes,
	]);
}

/** The SVG file text of a view, as the export button downloads it. */
export function exportSvg(layout: TraceLayout, w: TimeWindow, g: Geometry, palette: Palette, marks: Marks, title: string, description: string, bands: readonly LaneBand[] = []): string {
	const tree = timelineSvg(layout, w, g, palette, marks, title, description, bands);
	return `<?xml version="1.0" encoding="UTF-8"?>\n${svgToString(tree)}\n`;
}

/**
 * The static overview of a whole trace for pages read without JavaScript or printed: theme
 * neutral colours, the full extent, labelled by `title` and `description` for screen readers;
 * with `bands`, the unload band under each lane.
 * @param idPrefix unique on the page, e.g. "tv-3fa2c9d1"
 */
export function overviewSvg(layout: TraceLayout, width: number, maxHeight: number, title: string, description: string, idPrefix: string, bands: readonly LaneBand[] = []): SvgNode {
	const g = timelineGeometry(layout.lanes.map((l) => l.rowCount), width, maxHeight, bands.length ? BAND_HEIGHT : 0);
	const tree = timelineSvg(layout, fullWindow(layout.extent), g, STATIC, { selected: -1, matches: new Uint32Array(0) }, title, description, bands);
	tree.attrs = { ...tree.attrs, role: 'img', 'aria-labelledby': `${idPrefix}-svg-title ${idPrefix}-svg-desc`, class: 'tv-overview', preserveAspectRatio: 'xMinYMin meet' };
	const [titleNode, descNode] = tree.children as SvgNode[];
	titleNode.attrs = { id: `${idPrefix}-svg-title` };
	descNode.attrs = { id: `${idPrefix}-svg-desc` };
	return tree;
}
