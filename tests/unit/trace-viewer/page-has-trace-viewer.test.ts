import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageHasTraceViewer } from '../../../src/components/trace/page-has-trace-viewer.ts';

type Route = Parameters<typeof pageHasTraceViewer>[0];
const route = (html?: string) => ({ entry: html === undefined ? {} : { rendered: { html } } }) as unknown as Route;

test('only a page whose Markdown rendered a viewer loads the viewer script', () => {
	assert.equal(pageHasTraceViewer(route('<p>x</p><trace-viewer id="tv-1" data-src="a.json"></trace-viewer>')), true);
	assert.equal(pageHasTraceViewer(route('<p>The <code>&#x3C;trace-viewer></code> element</p>')), false);
	assert.equal(pageHasTraceViewer(route()), false, 'an MDX page: its <TraceViewer> brings the script');
});
