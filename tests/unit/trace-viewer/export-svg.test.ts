import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLayout } from '../../../src/trace-viewer/layout.ts';
import { exportSvg, overviewSvg } from '../../../src/trace-viewer/export-svg.ts';
import { timelineGeometry } from '../../../src/trace-viewer/geometry.ts';
import { LIGHT } from '../../../src/trace-viewer/palette.ts';
import { escapeXml, svgToString } from '../../../src/trace-viewer/svg-node.ts';
import { periodic, traceOf } from './synthetic-trace.ts';

test('svg text and attributes are escaped', () => {
	assert.equal(escapeXml(`<img src=x onerror="alert(1)">&'`), '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;');
	assert.equal(svgToString({ tag: 'text', attrs: { 'data-x': '"><b>' }, children: ['<b>bold</b>'] }), '<text data-x="&quot;&gt;&lt;b&gt;">&lt;b&gt;bold&lt;/b&gt;</text>');
});

test('the exported SVG shows the window drawn: one mark per visible record, the selection outlined', () => {
	const trace = traceOf(periodic(10, 1000, 100));
	const layout = buildLayout(trace);
	const g = timelineGeometry(layout.lanes.map((l) => l.rowCount), 600, 200);
	const all = exportSvg(layout, { t0: 0, t1: 10e9 }, g, LIGHT, { selected: 3, matches: new Uint32Array(0) }, 'Title <x>', 'desc');
	assert.match(all, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="600"/);
	assert.match(all, /<title>Title &lt;x&gt;<\/title>/);
	const bars = (svg: string) => (svg.match(new RegExp(`fill="${LIGHT.reasons['requeue-after']}"`, 'g')) ?? []).length;
	assert.equal(bars(all), 10);
	assert.equal((all.match(new RegExp(`stroke="${LIGHT.selection}"`, 'g')) ?? []).length, 1);
	const half = exportSvg(layout, { t0: 0, t1: 4.5e9 }, g, LIGHT, { selected: -1, matches: new Uint32Array(0) }, 't', 'd');
	assert.equal(bars(half), 5);
});

test('the overview is labelled for screen readers by its title and description', () => {
	const layout = buildLayout(traceOf(periodic(3, 1000)));
	const svg = svgToString(overviewSvg(layout, 720, 300, 'Overview', 'three wake-ups', 'tv-1'));
	assert.match(svg, /role="img" aria-labelledby="tv-1-svg-title tv-1-svg-desc"/);
	assert.match(svg, /<title id="tv-1-svg-title">Overview<\/title><desc id="tv-1-svg-desc">three wake-ups<\/desc>/);
	assert.match(svg, /fill="currentColor"/);
});
