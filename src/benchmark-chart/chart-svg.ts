/**
 * Draws one view of a chart at build time: Observable Plot renders into linkedom's server-side
 * DOM, and the SVG becomes hast with its coordinates rounded to 0.1 px (Plot writes full doubles;
 * rounding keeps the page small and the output the same on every build). The hit marks get the
 * point they stand for (`data-point`, an index into `model.points`) and `role="img"`. The sample
 * dots of a box (`bc-samples`, often thousands per chart) become one path of round-capped
 * zero-length strokes: the same dots to the eye and in print, a hundredth of the elements for the
 * browser and for assistive technology to walk (each dot was a `<circle>`).
 */
import * as Plot from '@observablehq/plot';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { parseHTML } from 'linkedom';
import type { ChartScale, ChartView } from '../embeds/benchmark/benchmark-block-options.ts';
import type { ChartModel } from './chart-model.ts';
import { plotOptions } from './plot-views.ts';

const NUMERIC = new Set(['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'width', 'height', 'd', 'transform', 'points', 'r']);

/**
 * The SVG of `model` in one view and scale, as hast.
 * @param id unique on the page, e.g. `bc-3fa2c9d1`, for the description's id
 */
export function chartSvg(model: ChartModel, view: ChartView, scale: ChartScale): Element {
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	const svg = Plot.plot({ ...plotOptions(model, view, scale), document }) as unknown as { outerHTML: string };
	const root = fromHtml(svg.outerHTML, { fragment: true, space: 'svg' }) as Root;
	const element = root.children.find((c): c is Element => c.type === 'element')!;
	round(element);
	mergeSampleDots(element);
	let point = 0;
	visit(element, (node) => {
		// Plot names its groups by mark ("rect", "rule"): noise to a screen reader, and aria-label is not allowed on a `g` without a role (axe).
		if (node.tagName === 'g' && node.properties.role === undefined) delete node.properties.ariaLabel;
		const classes = node.properties.className;
		if (node.tagName === 'g' && Array.isArray(classes) && classes.includes('bc-hit')) {
			for (const mark of node.children) {
				if (mark.type === 'element') Object.assign(mark.properties, { role: 'img', dataGroup: String(model.points[point]?.group), dataPoint: String(point++) });
			}
		}
	});
	if (point !== model.points.length) throw new Error(`the chart drew ${point} hit marks for ${model.points.length} points`);
	element.properties.role = 'group';
	element.properties.dataView = view;
	element.properties.dataScale = scale;
	return element;
}

/** Each group of sample dots (`<g class="bc-samples"><circle>...`) as one path, e.g. `<path d="M84.3,51h0M73.1,73.3h0">`. */
function mergeSampleDots(svg: Element): void {
	visit(svg, (g) => {
		const classes = g.properties.className;
		if (g.tagName !== 'g' || !Array.isArray(classes) || !classes.includes('bc-samples')) return;
		const dots = g.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'circle');
		if (dots.length === 0) return;
		const d = dots.map((dot) => `M${dot.properties.cx},${dot.properties.cy}h0`).join('');
		const { fill, fillOpacity } = g.properties;
		delete g.properties.fill;
		delete g.properties.fillOpacity;
		const path: Element = {
			type: 'element',
			tagName: 'path',
			properties: { d, fill: 'none', stroke: String(fill), strokeOpacity: String(fillOpacity), strokeWidth: String(2 * Number(dots[0].properties.r)), strokeLinecap: 'round' },
			children: [],
		};
		g.children = [path];
	});
}

function round(node: Element): void {
	visit(node, (el) => {
		for (const [key, value] of Object.entries(el.properties)) {
			if (typeof value === 'string' && NUMERIC.has(key)) el.properties[key] = value.replace(/-?\d+\.\d{2,}(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10));
			else if (typeof value === 'number' && NUMERIC.has(key)) el.properties[key] = Math.round(value * 10) / 10;
		}
	});
}

function visit(node: Element, fn: (el: Element) => void): void {
	fn(node);
	for (const child of node.children as ElementContent[]) if (child.type === 'element') visit(child, fn);
}
