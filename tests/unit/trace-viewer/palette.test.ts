import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DARK, LIGHT, STATIC, contrast, markColours, paletteVars, readPalette } from '../../../src/trace-viewer/palette.ts';

test('text keeps 4.5:1 and marks 3:1 on the theme background; bar labels keep 4.5:1 on bars', () => {
	for (const [name, p] of [['light', LIGHT], ['dark', DARK]] as const) {
		for (const key of ['text', 'muted'] as const) assert.ok(contrast(p[key], p.bg) >= 4.5, `${name} ${key}: ${contrast(p[key], p.bg).toFixed(2)}`);
		for (const [key, colour] of Object.entries(markColours(p))) assert.ok(contrast(colour, p.bg) >= 3, `${name} ${key}: ${contrast(colour, p.bg).toFixed(2)}`);
		for (const colour of [...Object.values(p.reasons), p.aggregate]) assert.ok(contrast(p.onMark, colour) >= 4.5, `${name} label on ${colour}`);
	}
});

test('the static (no-JS) marks keep 3:1 on both Starlight backgrounds', () => {
	for (const bg of [LIGHT.bg, DARK.bg]) {
		for (const colour of [...Object.values(STATIC.reasons), STATIC.loaded, STATIC.coldStart]) assert.ok(contrast(colour, bg) >= 3, `${colour} on ${bg}: ${contrast(colour, bg).toFixed(2)}`);
	}
});

test('the stylesheet declares the same colours as palette.ts for both themes', () => {
	const css = readFileSync(join(import.meta.dirname, '../../../src/styles/trace-viewer.css'), 'utf8');
	const block = (selector: RegExp) => Object.fromEntries([...css.split(selector)[1].split('}')[0].matchAll(/(--tv-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]]));
	assert.deepEqual(block(/^trace-viewer \{/m), Object.fromEntries(paletteVars(DARK)));
	assert.deepEqual(block(/:root\[data-theme='light'\] trace-viewer \{/), Object.fromEntries(paletteVars(LIGHT)));
});

test('reading a palette from custom properties falls back per entry', () => {
	const read = (name: string) => ({ '--tv-text': ' #000000 ', '--tv-reason-error-retry': '#ff0000' })[name] ?? '';
	const p = readPalette(read, LIGHT);
	assert.equal(p.text, '#000000');
	assert.equal(p.reasons['error-retry'], '#ff0000');
	assert.equal(p.bg, LIGHT.bg);
	assert.equal(contrast('#000000', '#ffffff'), 21);
});
