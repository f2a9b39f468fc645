/**
 * The numbers under a chart, as hast: per case and group n, the median with its 95% CI, mean ±
 * sd, p5, p95, min and max, in the distribution view's unit. Readers without JavaScript, screen
 * readers and print get every number the marks show.
 */
import type { Element, ElementContent } from 'hast';
import { caseLabel, type ChartModel } from './chart-model.ts';
import { formatValue } from './display-unit.ts';

/** The `<table>` of a chart in its own focusable scroll region, e.g. 12 rows for six cases of two series. */
export function numbersTable(model: ChartModel): Element {
	const { unit, factor } = model.units.distribution;
	const v = (x: number) => formatValue(x * factor);
	const u = unit ? ` (${unit})` : '';
	const head = ['Case', model.compare ? 'File · series' : 'Series', 'n', `Median [95% CI]${u}`, `Mean ± sd${u}`, `p5${u}`, `p95${u}`, `Min${u}`, `Max${u}`];
	const rows = model.points.map((p) => {
		const s = p.stats;
		return el('tr', {}, [
			el('th', { scope: 'row' }, [caseLabel(model, p.x)]),
			el('td', {}, [model.groups[p.group].label]),
			...[String(s.n), `${v(s.median)} [${v(s.medianCi95[0])}, ${v(s.medianCi95[1])}]`, `${v(s.mean)} ± ${v(s.sd)}`, v(s.p5), v(s.p95), v(s.min), v(s.max)].map((t) => el('td', {}, [t])),
		]);
	});
	const caption = `Numbers of ${model.title}`;
	// A wide table scrolls sideways: keyboard users reach the scroll box through its tab stop.
	return el('div', { className: ['bc-numbers'], tabIndex: 0, role: 'region', ariaLabel: caption }, [
		el('table', { className: ['bc-table'] }, [
			el('caption', {}, [caption]),
			el('thead', {}, [el('tr', {}, head.map((t) => el('th', { scope: 'col' }, [t])))]),
			el('tbody', {}, rows),
		]),
	]);
}

/** A hast element with text children given as strings. */
export function el(tagName: string, properties: Element['properties'], children: (ElementContent | string)[]): Element {
	return { type: 'element', tagName, properties, children: children.map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)) };
}
