import assert from 'node:assert/strict';
import { test } from 'node:test';
import { themeDeclarations, unexpectedThemeDeclarations } from '../../e2e/lib/theme-differences.ts';

const dump = (css: string) => unexpectedThemeDeclarations(css).map((d) => `${d.selector} { ${d.property}: ${d.value} }`);

test('only rules whose selector names data-theme are read, inside at-rules too', () => {
	const css = '.x{padding:0}/* [data-theme=dark] .c{padding:1rem} */@media (min-width:50em){:root[data-theme=light] .y{color:#000;padding:2px}}';
	assert.deepEqual(themeDeclarations(css).map((d) => `${d.property}: ${d.value}`), ['color: #000', 'padding: 2px']);
});

test('colours, colour and shadow custom properties, token styles and the known variants are expected', () => {
	const css = [
		':root[data-theme=light]{--sl-color-accent:#3d50f5;--sl-color-blue:hsl(var(--sl-hue-blue),60%,60%);--sl-shadow-sm:0px 1px 1px #0000000f;color-scheme:light}',
		':root[data-theme=light] .ec-line span{color:var(--1);font-style:var(--1fs);font-weight:var(--1fw);text-decoration:var(--1td)}',
		':root[data-theme=dark] .mermaid-diagram__light,:root:not([data-theme=dark]) .mermaid-diagram__dark{display:none}',
		'[data-theme=light] .light\\:sl-hidden,[data-theme=dark] .dark\\:sl-hidden{display:none}',
	].join('');
	assert.deepEqual(dump(css), []);
});

test('a layout custom property with one value in every block is expected; one that differs is not', () => {
	assert.deepEqual(dump(':root[data-theme=dark]{--ec-codePadBlk:0.75rem}:root[data-theme=light]{--ec-codePadBlk:0.75rem}'), []);
	assert.deepEqual(dump(':root{--pad:1rem}:root[data-theme=light]{--pad:2rem}'), [':root[data-theme=light] { --pad: 2rem }']);
});

test('layout, and hiding anything but a known variant, make the themes differ beyond what the dark sweep checks', () => {
	assert.deepEqual(dump(':root[data-theme=dark] .note{padding:1rem}[data-theme=dark] .banner{display:none}[data-theme=light] .x,[data-theme=dark] .theme-image--light{display:none}'), [
		':root[data-theme=dark] .note { padding: 1rem }',
		'[data-theme=dark] .banner { display: none }',
		'[data-theme=light] .x,[data-theme=dark] .theme-image--light { display: none }',
	]);
});
