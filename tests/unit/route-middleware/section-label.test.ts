import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { folderWords, sectionLabel, siteSections } from '../../../src/route-middleware/section-label.ts';
import { notFoundActions } from '../../../src/route-middleware/not-found-help.ts';

type Sidebar = StarlightRouteData['sidebar'];
const base = '/masters-thesis/';

function link(href: string, label = href, isCurrent = false): Sidebar[number] {
	return { type: 'link', label, href, isCurrent, badge: undefined, attrs: {} };
}
function group(label: string, entries: Sidebar): Sidebar[number] {
	return { type: 'group', label, entries, collapsed: false, badge: undefined };
}

/** A sidebar like the site's: start page, then one group per folder, one nested. */
const sidebar: Sidebar = [
	link(base, 'Start here'),
	group('Meetings', [link(`${base}meetings/2024-11-04/`, 'Meeting 4 Nov', true), link(`${base}meetings/2024-10-28/`)]),
	group('Reconcile testing operators', [
		link(`${base}reconcile_testing_operators/readme/`),
		group('Traces', [link(`${base}reconcile_testing_operators/traces/one/`)]),
	]),
	link('https://github.com/owner/thesis', 'GitHub'),
];

test('a page takes the label of the sidebar group of its folder', () => {
	assert.equal(sectionLabel(sidebar, base, 'meetings/2024-11-04'), 'Meetings');
	assert.equal(sectionLabel(sidebar, base, 'reconcile_testing_operators/traces/one'), 'Reconcile testing operators');
});

test('a top-level page is in the Overview section', () => {
	assert.equal(sectionLabel(sidebar, base, 'glossary'), 'Overview');
});

test('a folder the sidebar does not group gets its name in words', () => {
	assert.equal(sectionLabel(sidebar, base, 'open_questions/cache'), 'Open questions');
});

test('one group that mixes folders names none of them', () => {
	const flat: Sidebar = [group('content', [link(base), link(`${base}meetings/a/`), link(`${base}findings/b/`)])];
	assert.equal(sectionLabel(flat, base, 'meetings/a'), 'Meetings');
	assert.equal(sectionLabel(flat, base, 'findings/b'), 'Findings');
});

test('sections come in sidebar order with their first page', () => {
	assert.deepEqual(siteSections(sidebar, base), [
		{ folder: 'meetings', label: 'Meetings', href: `${base}meetings/2024-11-04/` },
		{ folder: 'reconcile_testing_operators', label: 'Reconcile testing operators', href: `${base}reconcile_testing_operators/readme/` },
	]);
});

test('the 404 page offers the start page first, then each section', () => {
	assert.deepEqual(
		notFoundActions(sidebar, base).map((action) => `${action.variant} ${action.text} -> ${action.link}`),
		[
			`primary Go to the start page -> ${base}`,
			`secondary Meetings -> ${base}meetings/2024-11-04/`,
			`secondary Reconcile testing operators -> ${base}reconcile_testing_operators/readme/`,
		],
	);
});

test('folder names become words, percent-escapes decoded', () => {
	assert.equal(folderWords('reconcile_testing_operators'), 'Reconcile testing operators');
	assert.equal(folderWords('open%20questions'), 'Open questions');
});
