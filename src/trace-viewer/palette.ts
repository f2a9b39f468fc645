/**
 * The viewer's colours for Starlight's light and dark themes. The element writes them as CSS
 * custom properties (`--tv-*`) and reads the computed values back, so a page may override them.
 * Text colours keep 4.5:1 and mark colours 3:1 against the theme's background (tested).
 */
import { WAKE_REASONS, type WakeReason } from '../trace/model.ts';

/** Every colour the drawings use, as CSS colour strings. */
export interface Palette {
	bg: string;
	text: string;
	muted: string;
	grid: string;
	/** Text drawn on a mark (a bar's label); 'none' draws no labels. */
	onMark: string;
	stripe: string;
	aggregate: string;
	selection: string;
	match: string;
	window: string;
	/** The unload band: the simulated module while loaded. */
	loaded: string;
	/** The unload band: the tick of a cold start. */
	coldStart: string;
	reasons: Record<WakeReason, string>;
}

/** Colours on Starlight's light background (white). */
export const LIGHT: Palette = {
	bg: '#ffffff',
	text: '#1f2328',
	muted: '#57606a',
	grid: '#d0d7de',
	onMark: '#ffffff',
	stripe: '#f3f5f7',
	aggregate: '#8250df',
	selection: '#953800',
	match: '#9a6700',
	window: '#0550ae',
	loaded: '#0e7c86',
	coldStart: '#bc4c00',
	reasons: { unknown: '#57606a', 'requeue-after': '#0969da', 'error-retry': '#cf222e', 'object-changed': '#1a7f37' },
};

/** Colours on Starlight's dark background (`hsl(224 10% 10%)`, about #17191e). */
export const DARK: Palette = {
	bg: '#17191e',
	text: '#e6edf3',
	muted: '#9ea7b3',
	grid: '#3d444d',
	onMark: '#17191e',
	stripe: '#1f2228',
	aggregate: '#b392f0',
	selection: '#ffa657',
	match: '#e3b341',
	window: '#79c0ff',
	loaded: '#39c5cf',
	coldStart: '#f0883e',
	reasons: { unknown: '#9ea7b3', 'requeue-after': '#58a6ff', 'error-retry': '#ff7b72', 'object-changed': '#56d364' },
};

/**
 * Colours of the build-time SVG (no JavaScript, print): it cannot know the theme, so text is
 * `currentColor` and marks are mid-tones that keep 3:1 on both backgrounds.
 */
export const STATIC: Palette = {
	bg: 'none',
	text: 'currentColor',
	muted: 'currentColor',
	grid: '#8c959f',
	onMark: 'none',
	stripe: 'rgba(140, 149, 159, 0.14)',
	aggregate: '#8a63d2',
	selection: '#d4722c',
	match: '#b08800',
	window: '#3d85e0',
	loaded: '#1c939c',
	coldStart: '#cf6f2a',
	reasons: { unknown: '#7d8590', 'requeue-after': '#3d85e0', 'error-retry': '#e5534b', 'object-changed': '#2a9d4b' },
};

/** Marks that must stand out from the background (3:1), keyed for the contrast test. */
export function markColours(p: Palette): Record<string, string> {
	return { aggregate: p.aggregate, selection: p.selection, match: p.match, window: p.window, loaded: p.loaded, coldStart: p.coldStart, ...p.reasons };
}

/** The CSS custom property names of a palette, e.g. `--tv-reason-error-retry`. */
export function paletteVars(p: Palette): [string, string][] {
	const flat: [string, string][] = Object.entries(p).filter(([, v]) => typeof v === 'string') as [string, string][];
	const vars = flat.map(([k, v]): [string, string] => [`--tv-${k}`, v]);
	for (const r of WAKE_REASONS) vars.push([`--tv-reason-${r}`, p.reasons[r]]);
	return vars;
}

/**
 * Builds a palette from computed custom properties, falling back per entry.
 * @param read e.g. `(name) => getComputedStyle(el).getPropertyValue(name)`
 */
export function readPalette(read: (name: string) => string, fallback: Palette): Palette {
	const get = (name: string, def: string) => read(name).trim() || def;
	const out = { ...fallback, reasons: { ...fallback.reasons } };
	for (const key of Object.keys(fallback) as (keyof Palette)[]) {
		if (key !== 'reasons') out[key] = get(`--tv-${key}`, fallback[key]);
	}
	for (const r of WAKE_REASONS) out.reasons[r] = get(`--tv-reason-${r}`, fallback.reasons[r]);
	return out;
}

/** WCAG contrast ratio of two `#rrggbb` colours, e.g. `contrast('#000000', '#ffffff')` -> 21. */
export function contrast(a: string, b: string): number {
	const [la, lb] = [luminance(a), luminance(b)];
	return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function luminance(hex: string): number {
	const m = /^#([0-9a-f]{6})$/i.exec(hex);
	if (!m) throw new Error(`contrast: expected #rrggbb, got ${hex}`);
	const n = parseInt(m[1], 16);
	const lin = (c: number) => {
		const s = c / 255;
		return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
}
