import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderTraceViewerProps } from '../../../src/embeds/trace/render-trace-block.ts';
import { configureTraceStore } from '../../../src/integrations/trace-store.ts';

const page = join(import.meta.dirname, '../../fixtures/trace-block/page.mdx');
configureTraceStore({ dir: mkdtempSync(join(tmpdir(), 'trace-store-')), base: '/masters-thesis' });

test('the MDX component renders the same viewer markup as a block, src relative to its page', () => {
	const html = renderTraceViewerProps({ src: './every-5s.synthetic.csv', title: 'From MDX', window: ['0s', '30s'], page, line: 7, occurrence: 2 });
	assert.match(html, /^<trace-viewer id="tv-[0-9a-f]{8}-2" data-src="\/masters-thesis\/_traces\/[0-9a-f]{16}\.json" data-title="From MDX"/);
	assert.match(html, /data-window="0,30000000000"/);
	assert.match(html, /<svg[^>]*class="tv-overview"/);
});

test('the component reports bad props and missing files with page:line', () => {
	assert.throws(() => renderTraceViewerProps({ src: './every-5s.synthetic.csv', height: 5, page, line: 9 }), /page\.mdx:9: `height` must be a number of pixels between 80 and 2000/);
	assert.throws(() => renderTraceViewerProps({ src: './gone.csv', page, line: 4 }), /page\.mdx:4: trace file \.\/gone\.csv does not exist/);
	assert.throws(() => renderTraceViewerProps({ src: './every-5s.synthetic.csv' }), /needs the page path/);
});
