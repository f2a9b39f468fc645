import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeContentSite, humanize } from '../../../src/content-loader/content-site.ts';

const site = describeContentSite([
	{ relPath: 'README.md', source: '# Start\n' },
	{ relPath: 'meetings/2024-11-04.md', source: '# Notes - Meeting 04/11/24\n\n## Preparation\n' },
	{ relPath: 'meetings/Meeting 11-18.md', source: '# Weekly meeting 2024\n' },
	{ relPath: 'meetings/agenda.md', source: '# Agenda\n' },
	{ relPath: 'Design Docs/README.md', source: '---\ntitle: Design\nsidebar:\n  order: 2\n---\n# Design documents\n' },
	{ relPath: 'reconcile_testing_operators/how.md', source: 'Setext title\n===\n' },
]);

test('titles come from front matter, else the first H1 (ATX or setext)', () => {
	assert.equal(site.byRelPath.get('Design Docs/README.md')?.title, 'Design');
	assert.equal(site.byRelPath.get('Design Docs/README.md')?.titleIsHeading, false);
	assert.equal(site.byRelPath.get('reconcile_testing_operators/how.md')?.title, 'Setext title');
	assert.equal(site.byRelPath.get('reconcile_testing_operators/how.md')?.titleIsHeading, true);
});

test('meeting notes are dated and listed newest first, undated last', () => {
	assert.deepEqual(site.meetings.get('meetings')?.map((page) => [page.relPath, page.date]), [
		['meetings/Meeting 11-18.md', '2024-11-18'],
		['meetings/2024-11-04.md', '2024-11-04'],
		['meetings/agenda.md', undefined],
	]);
});

test('folders take their label from the README, else the humanized name', () => {
	assert.equal(site.folders.get('Design Docs')?.label, 'Design');
	assert.equal(site.folders.get('Design Docs')?.order, 2);
	assert.equal(site.folders.get('reconcile_testing_operators')?.label, 'Reconcile testing operators');
	assert.equal(humanize('meeting-notes'), 'Meeting notes');
});

test('heading anchors follow GitHub, and the dropped title anchor is known', () => {
	const note = site.byRelPath.get('meetings/2024-11-04.md')!;
	assert.deepEqual([...note.anchors], ['notes---meeting-041124', 'preparation']);
	assert.equal(note.titleAnchor, 'notes---meeting-041124');
});

test('a page without title, a URL clash and a bad date are all reported, naming the file', () => {
	const bad = describeContentSite([
		{ relPath: 'no-title.md', source: 'Just text.\n' },
		{ relPath: 'a b.md', source: '# A\n' },
		{ relPath: 'A B.md', source: '# B\n' },
		{ relPath: 'meetings/x.md', source: '---\ndate: soon\n---\n# X\n' },
	]);
	assert.deepEqual(bad.errors.map((error) => `${error.relPath}: ${error.message.split(':')[0]}`), [
		'meetings/x.md: front matter date "soon" is not a date (write YYYY-MM-DD)',
		'no-title.md: no title',
		'a b.md: has the same URL (a-b) as A B.md',
	]);
});

test('an MDX page is a page: title from the H1 after its imports, links and embedded traces known', () => {
	const mdx = describeContentSite([
		{ relPath: 'traces/Demo Page.mdx', source: "import TraceViewer from '@components/TraceViewer.astro';\n\n# A demo page\n\nSee [the start](../README.md).\n\n<TraceViewer src=\"./data/run.csv\" title=\"Run\" />\n\n```trace\nsrc: ../shared/other.csv\n```\n" },
		{ relPath: 'traces/index.mdx', source: '# Traces\n' },
	]);
	const page = mdx.byRelPath.get('traces/Demo Page.mdx')!;
	assert.deepEqual([page.id, page.title, page.titleIsHeading], ['traces/demo-page', 'A demo page', true]);
	assert.deepEqual(page.links, [{ url: '../README.md', line: 5, kind: 'link' }]);
	assert.deepEqual(page.embeds, ['shared/other.csv', 'traces/data/run.csv']);
	assert.equal(mdx.folders.get('traces')?.page?.relPath, 'traces/index.mdx');
	assert.deepEqual(mdx.errors, []);
});

test('an MDX syntax error is reported with its line', () => {
	const broken = describeContentSite([{ relPath: 'broken.mdx', source: '# Broken\n\nText\n\n<TraceViewer src="./x.csv"\n' }]);
	assert.equal(broken.errors.length, 1);
	assert.equal(broken.errors[0].relPath, 'broken.mdx');
	assert.equal(broken.errors[0].line, 6);
	assert.match(broken.errors[0].message, /^MDX syntax error: /);
	assert.equal(broken.byRelPath.get('broken.mdx')?.title, 'Broken');
});

test('emoji shortcodes count as their emoji in titles and heading anchors, as on GitHub', () => {
	const page = describeContentSite([{ relPath: 'release.md', source: '# Shipped :tada:\n\n## Checks :white_check_mark: pass\n\n## Not :an_emoji:\n' }]).pages[0];
	assert.equal(page.title, 'Shipped 🎉');
	assert.deepEqual([...page.anchors], ['shipped-', 'checks--pass', 'not-an_emoji']);
});

test("a page's link preview keys its sections by the page's heading anchors: emoji shortcodes and nested headings count", () => {
	const page = describeContentSite([{ relPath: 'release.md', source: '# Notes\n\n## :tada: Release\n\nShipped.\n\n> ## Aside\n\n## Aside\n\nAgain.\n' }]).pages[0];
	assert.deepEqual(page.preview.sections, {
		notes: { heading: 'Notes', text: '' },
		'-release': { heading: '🎉 Release', text: 'Shipped.' },
		'aside-1': { heading: 'Aside', text: 'Again.' },
	});
	assert.ok(Object.keys(page.preview.sections).every((key) => page.anchors.has(key)), [...page.anchors].join(', '));
});

test('raw-HTML links and images join the Markdown ones in line order; their ids and names are anchors', () => {
	const page = describeContentSite([{
		relPath: 'notes.md',
		source: '---\ntitle: Notes\n---\n[md](a.md)\n\n<div align="center">\n  <img src="./x.png" width="500">\n</div>\n\n<picture><source srcset="d.png 1x, e.png 2x"><img src="f.png"></picture> <a href="g.md" name="setup">g</a>\n\n<video src="v.webm" poster="p.png"></video> ![md image](h.png)\n\n<a href="javascript:alert(1)">gone</a>\n',
	}]).byRelPath.get('notes.md')!;
	assert.deepEqual(page.links.map((link) => `${link.line} ${link.kind} ${link.url}`), [
		'4 link a.md',
		'7 image ./x.png',
		'10 image d.png',
		'10 image e.png',
		'10 image f.png',
		'10 link g.md',
		'12 image h.png',
		'12 image v.webm',
		'12 image p.png',
	]);
	assert.deepEqual([...page.htmlAnchors], ['setup']);
});

test('raw-HTML links and images with a / in an unquoted value are known too, as GitHub reads them', () => {
	const page = describeContentSite([{ relPath: 'notes.md', source: '# Notes\n\nA <a href=docs/b.md>b</a> and <img src=./img/x.png width=50>.\n\n<img src=attachments/y.png>\n' }]).byRelPath.get('notes.md')!;
	assert.deepEqual(page.links.map((link) => `${link.line} ${link.kind} ${link.url}`), ['3 link docs/b.md', '3 image ./img/x.png', '5 image attachments/y.png']);
});

test('an MDX page is code: its JSX is neither sanitized nor read for links', () => {
	const mdx = describeContentSite([{ relPath: 'x.mdx', source: '# X\n\n<div onClick={() => 1}><img src="y.png" /></div>\n' }]);
	assert.deepEqual(mdx.warnings, []);
	assert.deepEqual(mdx.byRelPath.get('x.mdx')?.links, []);
});

test('a page embeds the change times of its trace blocks and the files its figure references read', () => {
	const site = describeContentSite([
		{
			relPath: 'findings/page.md',
			source: '# Page\n\n```trace\nsrc: ../traces/run.csv\nchanges: ../traces/changes.csv\n```\n\nGap: [computed](../traces/other%20run.csv#figure=medianGapMs&changes=../traces/c2.csv). Plain: [file](../traces/x.csv).\n',
		},
	]);
	assert.deepEqual(site.byRelPath.get('findings/page.md')!.embeds, ['traces/c2.csv', 'traces/changes.csv', 'traces/other run.csv', 'traces/run.csv']);
});

test('a compare block embeds every trace it compares, so a change to any of them re-renders the page', () => {
	const site = describeContentSite([{ relPath: 'findings/pair.md', source: '# Pair\n\n```trace\nsrc: ../traces/a.csv\ncompare:\n  - ../traces/b.csv\n  - ./c.csv\n```\n' }]);
	assert.deepEqual(site.byRelPath.get('findings/pair.md')!.embeds, ['findings/c.csv', 'traces/a.csv', 'traces/b.csv']);
});
