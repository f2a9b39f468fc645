/**
 * `<benchmark-chart>`: the interaction on a chart drawn at build time. It draws nothing itself:
 * the views are the SVGs in its markup (one shown, the others in `<template>`s), so the shipped
 * code stays small. It shows the controls (view and scale, radio groups), makes the legend's
 * entries toggle buttons that hide and show a series, makes the marks one tab stop (arrow keys,
 * Home and End move between them) whose hover or focus shows its exact numbers, and keeps view,
 * scale and the hidden series in the URL hash (`chart-link.ts`).
 */
import { readChartLink, writeChartLink, type ChartState } from './chart-link.ts';
import type { ChartScale, ChartView } from '../embeds/benchmark/benchmark-block-options.ts';

export class BenchmarkChartElement extends HTMLElement {
	private variants = new Map<string, SVGSVGElement>();
	private state: ChartState = { view: 'distribution', scale: 'linear', hidden: [] };
	private opening: ChartState = this.state;
	private scales: Record<ChartView, ChartScale> = { distribution: 'linear', thesis: 'linear' };
	private onHash = () => this.apply(readChartLink(location.hash, this.id) ?? this.opening, false);

	connectedCallback(): void {
		const figure = this.querySelector('.bc-figure');
		if (!figure || this.variants.size > 0) return;
		this.scales = JSON.parse(this.dataset.scales ?? '{}');
		this.opening = { view: this.dataset.view as ChartView, scale: this.dataset.scale as ChartScale, hidden: [] };
		const shown = figure.querySelector(':scope > svg') as SVGSVGElement;
		this.variants.set(key(this.opening), shown);
		for (const template of figure.querySelectorAll('template')) {
			const svg = template.content.querySelector('svg') as SVGSVGElement;
			this.variants.set(`${template.dataset.view}~${template.dataset.scale}`, svg);
		}
		for (const svg of this.variants.values()) this.prepare(svg);
		this.querySelector('.bc-controls')?.removeAttribute('hidden');
		this.querySelector('.bc-controls')?.addEventListener('change', (event) => {
			const input = event.target as HTMLInputElement;
			const next = input.name.endsWith('-view')
				? { ...this.state, view: input.value as ChartView, scale: this.scales[input.value as ChartView] }
				: { ...this.state, scale: input.value as ChartScale };
			this.apply(next, true);
		});
		for (const item of this.querySelectorAll<HTMLLIElement>('.bc-legend li')) {
			const button = document.createElement('button');
			button.type = 'button';
			button.setAttribute('aria-pressed', 'true');
			button.title = 'Hide or show this series';
			button.append(...item.childNodes);
			item.append(button);
			button.addEventListener('click', () => {
				const group = item.dataset.group!;
				const hidden = this.state.hidden.includes(group) ? this.state.hidden.filter((g) => g !== group) : [...this.state.hidden, group];
				this.apply({ ...this.state, hidden }, true);
			});
		}
		window.addEventListener('hashchange', this.onHash);
		this.apply(readChartLink(location.hash, this.id) ?? this.opening, false);
	}

	disconnectedCallback(): void {
		window.removeEventListener('hashchange', this.onHash);
	}

	/** Shows a view and scale with some series hidden; `write` puts it into the URL. */
	private apply(state: ChartState, write: boolean): void {
		const svg = this.variants.get(key(state));
		if (!svg) return;
		this.state = state;
		for (const item of this.querySelectorAll<HTMLLIElement>('.bc-legend li')) item.querySelector('button')?.setAttribute('aria-pressed', String(!state.hidden.includes(item.dataset.group!)));
		this.querySelector('.bc-figure > svg')?.replaceWith(svg);
		for (const input of this.querySelectorAll<HTMLInputElement>('.bc-controls input')) input.checked = input.value === state.view || input.value === state.scale;
		for (const p of this.querySelectorAll<HTMLElement>('[data-for]')) p.hidden = p.dataset.for !== state.view;
		this.dataset.view = state.view;
		this.dataset.scale = state.scale;
		this.showGroups();
		this.tip(null);
		if (write) {
			const same = state.view === this.opening.view && state.scale === this.opening.scale && state.hidden.length === 0;
			history.replaceState(history.state, '', `${location.pathname}${location.search}${writeChartLink(location.hash, this.id, same ? null : state)}`);
		}
	}

	/** Hit marks: one tab stop, numbers on hover and focus; their native tooltips give way to ours. */
	private prepare(svg: SVGSVGElement): void {
		const marks = [...svg.querySelectorAll<SVGElement>('[data-point]')];
		marks.forEach((mark, i) => {
			const title = mark.querySelector('title');
			mark.dataset.tip = title?.textContent ?? '';
			title?.remove();
			mark.setAttribute('tabindex', i === 0 ? '0' : '-1');
			mark.addEventListener('pointerenter', () => this.tip(mark));
			mark.addEventListener('pointerleave', () => this.tip(null));
			mark.addEventListener('focus', () => this.tip(mark));
			mark.addEventListener('blur', () => this.tip(null));
			mark.addEventListener('keydown', (event) => {
				const visible = marks.filter((m) => !this.state.hidden.includes(m.dataset.group!));
				const at = visible.indexOf(mark);
				const to = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: visible.length - 1 }[event.key];
				if (to === undefined || !visible[to]) return;
				event.preventDefault();
				mark.setAttribute('tabindex', '-1');
				visible[to].setAttribute('tabindex', '0');
				visible[to].focus();
			});
		});
	}

	private showGroups(): void {
		const svg = this.querySelector('.bc-figure > svg');
		if (!svg) return;
		for (const node of svg.querySelectorAll<SVGElement>('[class*="bc-g"], [data-group]')) {
			const group = node.dataset.group ?? /\bbc-g(\d+)\b/.exec(node.getAttribute('class') ?? '')?.[1];
			node.style.display = group !== undefined && this.state.hidden.includes(group) ? 'none' : '';
		}
		const marks = [...svg.querySelectorAll<SVGElement>('[data-point]')].filter((m) => m.style.display !== 'none');
		if (marks.length && !marks.some((m) => m.getAttribute('tabindex') === '0')) marks[0].setAttribute('tabindex', '0');
	}

	/** Shows the numbers of `mark` beside it, or hides them. */
	private tip(mark: SVGElement | null): void {
		const tip = this.querySelector<HTMLElement>('.bc-tip');
		const figure = this.querySelector<HTMLElement>('.bc-figure');
		if (!tip || !figure) return;
		if (!mark) {
			tip.hidden = true;
			return;
		}
		tip.textContent = mark.dataset.tip ?? '';
		tip.hidden = false;
		const box = mark.getBoundingClientRect();
		const frame = figure.getBoundingClientRect();
		tip.style.left = `${Math.max(0, Math.min(box.left - frame.left, frame.width - 260))}px`;
		tip.style.top = `${Math.max(0, box.top - frame.top + 8)}px`;
	}
}

function key(state: ChartState): string {
	return `${state.view}~${state.scale}`;
}
