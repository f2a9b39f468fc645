/**
 * The HTML (as a hast tree) of an embedded benchmark chart: the `<benchmark-chart>` element with
 * its title and credits, the controls (hidden until the element runs), the legend, the SVG of
 * the opening view, the other views as `<template>`s (inert until the element shows one), how
 * to read it, the note where mean ± sd misleads, the numbers table, the ratio and trend
 * sentences, and links to the data. Pure: no file access.
 */
import type { Element } from 'hast';
import { creditLine } from '../../attribution/credit-line.ts';
import type { Attribution } from '../../attribution/schema.ts';
import type { ChartModel } from '../../benchmark-chart/chart-model.ts';
import { chartSvg } from '../../benchmark-chart/chart-svg.ts';
import { el, numbersTable } from '../../benchmark-chart/numbers-table.ts';
import { groupColor } from '../../benchmark-chart/plot-views.ts';
import type { ChartScale, ChartView } from './benchmark-block-options.ts';

/** A data file of the chart as the page links it. */
export interface ChartDataLink {
	label: string;
	/** E.g. `/masters-thesis/_traces/3fa2c9d1e0b45566/results_resource_latency.jsonl`. */
	url: string;
	name: string;
	/** E.g. `6 cases, JSON Lines`. */
	detail: string;
	attribution?: Attribution;
}

const VIEW_NAMES: Record<ChartView, string> = { distribution: 'Distribution', thesis: 'As in the thesis' };
const READING: Record<ChartView, string> = {
	distribution: 'Each box spans the 25th to 75th percentile of a case’s samples, the whiskers the 5th to 95th, the line is the median and the dark bar its 95% confidence interval; the dots are the samples.',
	thesis: 'As the thesis draws it: the mean of each case’s samples with ± one (population) standard deviation.',
};

/** Builds the `<benchmark-chart>` element, e.g. `benchmarkChartHast(model, 'bc-3fa2c9d1', links)`. */
export function benchmarkChartHast(model: ChartModel, chartId: string, links: ChartDataLink[]): Element {
	const opening = { view: model.view, scale: model.scales[model.view] };
	const scales: ChartScale[] = model.logAllowed ? ['linear', 'log'] : ['linear'];
	const variants = (['distribution', 'thesis'] as const).flatMap((view) => scales.map((scale) => ({ view, scale })));
	const radio = (name: string, value: string, label: string, checked: boolean) =>
		el('label', {}, [el('input', { type: 'radio', name: `${chartId}-${name}`, value, checked }, []), ` ${label}`]);
	const credits = links.flatMap((l) => (l.attribution ? [credit(l.attribution)] : []));
	const measuredBy = [...new Set(links.flatMap((l) => (l.attribution?.measuredBy ? [l.attribution.measuredBy] : [])))];
	return el('benchmark-chart', { id: chartId, dataView: opening.view, dataScale: opening.scale, dataScales: JSON.stringify(model.scales) }, [
		el('div', { className: ['bc-head'] }, [
			el('p', { className: ['bc-title'] }, [model.title]),
			...measuredBy.map((by) => el('strong', { className: ['tv-badge', 'tv-measured'] }, [`measured (by ${by})`])),
			...credits,
		]),
		el('div', { className: ['bc-controls'], hidden: true }, [
			el('fieldset', {}, [el('legend', {}, ['View']), ...(['distribution', 'thesis'] as const).map((v) => radio('view', v, VIEW_NAMES[v], v === opening.view))]),
			el('fieldset', {}, [el('legend', {}, ['Scale']), ...scales.map((s) => radio('scale', s, s === 'log' ? 'Log' : 'Linear', s === opening.scale))]),
		]),
		el('ul', { className: ['bc-legend'], ariaLabel: 'Series' }, model.groups.map((g) => el('li', { dataGroup: String(g.index) }, [el('span', { className: ['bc-swatch'], style: `background:${groupColor(g.index)}` }, []), g.label]))),
		el('div', { className: ['bc-figure'] }, [
			chartSvg(model, opening.view, opening.scale),
			...variants.filter((v) => v.view !== opening.view || v.scale !== opening.scale).map((v) => el('template', { dataView: v.view, dataScale: v.scale }, [chartSvg(model, v.view, v.scale)])),
			el('div', { className: ['bc-tip'], role: 'status', hidden: true }, []),
		]),
		...(['distribution', 'thesis'] as const).map((view) => el('p', { className: ['bc-reading'], dataFor: view, hidden: view !== opening.view }, [READING[view], ...(model.logAllowed ? [] : [' A value of 0 or less rules out the log scale.'])])),
		...(model.misleads.length
			? [el('div', { className: ['bc-note'], dataFor: 'thesis', hidden: opening.view !== 'thesis' }, [
					el('p', {}, [el('strong', {}, ['Mean ± sd misleads here: ']), `the samples are skewed, so the bar and its error bar hide where most samples lie (see the distribution view) in ${model.misleads.length} of ${model.points.length} cases:`]),
					el('ul', {}, model.misleads.map((m) => el('li', {}, [m]))),
				])]
			: []),
		numbersTable(model),
		...(model.ratios.length ? [el('ul', { className: ['bc-ratios'] }, model.ratios.map((r) => el('li', {}, [r])))] : []),
		...(model.trends.length ? [el('ul', { className: ['bc-trends'] }, model.trends.map((t) => el('li', {}, [`Trend: ${t}`])))] : []),
		el('p', { className: ['bc-data'] }, ['Data: ', ...links.flatMap((l, k) => [k === 0 ? '' : ', ', ...(links.length > 1 ? [`${l.label}: `] : []), el('a', { href: l.url }, [l.name]), ` (${l.detail})`]), '. Without JavaScript the chart shows its opening view; the numbers are all in the table.']),
	]);
}

function credit(attribution: Attribution): Element {
	const line = creditLine(attribution);
	return el('p', { className: ['tv-credit'] }, [`${line.lead} `, el('a', { href: line.source }, [line.title]), ` by ${line.author}, `, el('a', { href: line.licenseUrl, rel: ['license'] }, [line.license]), '.']);
}
