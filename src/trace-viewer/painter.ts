/**
 * The few drawing operations the timeline, minimap, raster and histogram need, with two
 * implementations: a canvas 2D context (on screen, PNG export) and an SVG tree (SVG export,
 * the build-time fallback). One drawing function thus gives the same picture in both.
 */
import { el, type SvgNode } from './svg-node.ts';

/** Text placement options. */
export interface TextStyle {
	align?: 'start' | 'middle' | 'end';
	size?: number;
	bold?: boolean;
	/** Draw a rectangle of this colour behind the text first. */
	background?: string;
}

/** A minimal 2D drawing surface in CSS pixels. */
export interface Painter {
	rect(x: number, y: number, w: number, h: number, fill: string): void;
	strokeRect(x: number, y: number, w: number, h: number, stroke: string, lineWidth: number): void;
	line(x1: number, y1: number, x2: number, y2: number, stroke: string, lineWidth?: number): void;
	/** Draws `text` with its baseline at y. */
	text(x: number, y: number, text: string, fill: string, style?: TextStyle): void;
	/** Width of `text` in px at `size`. */
	measure(text: string, size?: number): number;
}

/** The font every drawing uses, at `size` px. */
export function font(size = 11, bold = false): string {
	return `${bold ? '600 ' : ''}${size}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
}

/** A painter on a canvas 2D context (which should already be scaled for devicePixelRatio). */
export function canvasPainter(ctx: CanvasRenderingContext2D): Painter {
	let fill = '';
	const setFill = (c: string) => {
		if (c !== fill) ctx.fillStyle = fill = c;
	};
	const measure = (text: string, size = 11) => {
		ctx.font = font(size);
		return ctx.measureText(text).width;
	};
	return {
		rect(x, y, w, h, c) {
			setFill(c);
			ctx.fillRect(x, y, w, h);
		},
		strokeRect(x, y, w, h, c, lw) {
			ctx.strokeStyle = c;
			ctx.lineWidth = lw;
			ctx.strokeRect(x, y, w, h);
		},
		line(x1, y1, x2, y2, c, lw = 1) {
			ctx.strokeStyle = c;
			ctx.lineWidth = lw;
			ctx.beginPath();
			ctx.moveTo(x1, y1);
			ctx.lineTo(x2, y2);
			ctx.stroke();
		},
		text(x, y, text, c, style = {}) {
			const size = style.size ?? 11;
			ctx.font = font(size, style.bold);
			ctx.textAlign = style.align === 'middle' ? 'center' : style.align === 'end' ? 'right' : 'left';
			ctx.textBaseline = 'alphabetic';
			if (style.background) {
				const w = ctx.measureText(text).width;
				const left = style.align === 'middle' ? x - w / 2 : style.align === 'end' ? x - w : x;
				setFill(style.background);
				ctx.fillRect(left - 2, y - size, w + 4, size + 4);
			}
			setFill(c);
			ctx.fillText(text, x, y);
		},
		measure,
	};
}

/** A painter that collects SVG nodes in `nodes`; text width is estimated (no layout engine). */
export function svgPainter(): Painter & { nodes: SvgNode[] } {
	const nodes: SvgNode[] = [];
	const measure = (text: string, size = 11) => text.length * size * 0.58;
	return {
		nodes,
		rect(x, y, w, h, fill) {
			nodes.push(el('rect', { x, y, width: w, height: h, fill }));
		},
		strokeRect(x, y, w, h, stroke, lw) {
			nodes.push(el('rect', { x, y, width: w, height: h, fill: 'none', stroke, 'stroke-width': lw }));
		},
		line(x1, y1, x2, y2, stroke, lw = 1) {
			nodes.push(el('line', { x1, y1, x2, y2, stroke, 'stroke-width': lw }));
		},
		text(x, y, text, fill, style = {}) {
			const size = style.size ?? 11;
			if (style.background) {
				const w = measure(text, size);
				const left = style.align === 'middle' ? x - w / 2 : style.align === 'end' ? x - w : x;
				nodes.push(el('rect', { x: left - 2, y: y - size, width: w + 4, height: size + 4, fill: style.background }));
			}
			const attrs: Record<string, string | number> = { x, y, fill, 'font-size': size, 'font-family': 'system-ui, sans-serif' };
			if (style.align && style.align !== 'start') attrs['text-anchor'] = style.align;
			if (style.bold) attrs['font-weight'] = 600;
			nodes.push(el('text', attrs, [text]));
		},
		measure,
	};
}

/** Sets up canvas text once (font lookup and shaping take several ms the first time), e.g. while data is being fetched. */
export function warmUpCanvasText(): void {
	const ctx = document.createElement('canvas').getContext('2d');
	if (!ctx) return;
	for (const bold of [false, true]) {
		ctx.font = font(11, bold);
		ctx.fillText('0123456789 +-.:smh', 0, 10);
	}
}
