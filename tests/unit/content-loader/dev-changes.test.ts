import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { changesIdentity, devChange } from '../../../src/content-loader/dev-changes.ts';
import { refreshContentSite } from '../../../src/content-loader/scan-content.ts';
import { siteFingerprint } from '../../../src/content-loader/site-fingerprint.ts';
import { changedTerms } from '../../../src/glossary/changed-terms.ts';
import { readGlossaryTerms } from '../../../src/glossary/read-glossary-terms.ts';

const fixture = join(import.meta.dirname, '../../fixtures/dev-site');
const scratch: string[] = [];
after(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh copy of the dev-site fixture (with `setup` done to it), and its model and fingerprint before any change. */
function copy(setup: (dir: string) => void = () => {}) {
	const dir = mkdtempSync(join(tmpdir(), 'dev-changes-'));
	scratch.push(dir);
	cpSync(fixture, dir, { recursive: true });
	setup(dir);
	const site = refreshContentSite(dir);
	const glossary = readGlossaryTerms(dir);
	return { dir, site, before: { fingerprint: siteFingerprint(site, glossary, []), glossary, known: new Set(site.pages.map((page) => page.relPath)) } };
}

/** What the loader does after a file event: read the model again, compare fingerprints, decide. */
function afterEvent(dir: string, before: ReturnType<typeof copy>['before'], relPath: string) {
	const site = refreshContentSite(dir);
	const glossary = readGlossaryTerms(dir);
	const siteWide = siteFingerprint(site, glossary, []) !== before.fingerprint;
	const glossaryChange = { terms: changedTerms(before.glossary, glossary), pageText: (page: string) => readFileSync(join(dir, page), 'utf8') };
	return { siteWide, site, change: devChange(relPath, site, siteWide, before.known, relPath === 'glossary.md' ? glossaryChange : undefined) };
}

const allPages = ['README.md', 'findings/first-finding.md', 'findings/reconcile-starts.md', 'findings/wake-up-latency.md', 'glossary.md', 'meetings/2024-11-04.md', 'meetings/2024-11-11.md'];

test('an edit to a note\'s text re-renders only that note (the glob loader does it)', () => {
	const { dir, before } = copy();
	appendFileSync(join(dir, 'findings/first-finding.md'), '\nOne more sentence.\n');
	const { siteWide, change } = afterEvent(dir, before, 'findings/first-finding.md');
	assert.equal(siteWide, false);
	assert.deepEqual(change.rerender, []);
});

test('a new title re-renders the pages that may show it: the folder pages above it and the pages linking to it', () => {
	const { dir, before } = copy();
	const file = join(dir, 'findings/first-finding.md');
	writeFileSync(file, readFileSync(file, 'utf8').replace('# First finding', '# The first finding'));
	const { siteWide, change } = afterEvent(dir, before, 'findings/first-finding.md');
	assert.equal(siteWide, true);
	// The start page lists and links it, the meeting of 11-04 links to it; the other notes neither link to it nor
	// share a meetings folder with it; the sidebar and "Linked from" are drawn per request.
	assert.deepEqual(change.rerender.sort(), ['README.md', 'meetings/2024-11-04.md']);
});

test('a change to the start page re-renders every page', () => {
	const { dir, before } = copy();
	const file = join(dir, 'README.md');
	writeFileSync(file, readFileSync(file, 'utf8').replace(/^# .*$/m, '# Renamed notes'));
	const { siteWide, change } = afterEvent(dir, before, 'README.md');
	assert.equal(siteWide, true);
	assert.deepEqual(change.rerender.sort(), allPages.filter((path) => path !== 'README.md'));
});

test('a new note is a site-wide change: the pages that may show it render again, the new one by the glob loader', () => {
	const { dir, before } = copy();
	writeFileSync(join(dir, 'findings/brand-new.md'), '# Brand new\n\nA new note.\n');
	const { siteWide, site, change } = afterEvent(dir, before, 'findings/brand-new.md');
	assert.equal(siteWide, true);
	assert.ok(site.byRelPath.has('findings/brand-new.md'));
	assert.deepEqual(change.rerender, ['README.md']);
});

test('a deleted note is a site-wide change: the pages that showed it render again (their links to it break)', () => {
	const { dir, before } = copy();
	rmSync(join(dir, 'meetings/2024-11-04.md'));
	const { siteWide, change } = afterEvent(dir, before, 'meetings/2024-11-04.md');
	assert.equal(siteWide, true);
	// Its neighbour (dates, the list), the start page; README.md links to `meetings/`, the folder.
	assert.deepEqual(change.rerender.sort(), ['README.md', 'meetings/2024-11-11.md']);
});

test('a rename: the old name\'s event re-renders the pages that were there; the new name has its own event', () => {
	const { dir, before } = copy();
	renameSync(join(dir, 'findings/reconcile-starts.md'), join(dir, 'findings/reconcile-start-times.md'));
	const { siteWide, site, change } = afterEvent(dir, before, 'findings/reconcile-starts.md');
	assert.equal(siteWide, true);
	assert.ok(site.byRelPath.has('findings/reconcile-start-times.md'));
	// The pages linking to it (the start page, first-finding); not the new name: its own event renders it.
	assert.deepEqual(change.rerender.sort(), ['README.md', 'findings/first-finding.md']);
});

test('a new meeting note is a site-wide change (the meetings list and the dates of its neighbours)', () => {
	const { dir, before } = copy();
	writeFileSync(join(dir, 'meetings/2024-11-18.md'), '# Third meeting\n');
	const { siteWide, change } = afterEvent(dir, before, 'meetings/2024-11-18.md');
	assert.equal(siteWide, true);
	assert.ok(change.rerender.includes('meetings/2024-11-11.md'));
});

test('a new glossary term re-renders the pages that mention it, and only those', () => {
	const { dir, before } = copy();
	appendFileSync(join(dir, 'glossary.md'), '\n## Reconcile loop\n\nThe loop that removes drift.\n');
	const { siteWide, change } = afterEvent(dir, before, 'glossary.md');
	assert.equal(siteWide, true);
	// The start page lists the glossary, whose anchors changed (a new heading), as for any note; the one
	// page mentioning the term links it now; the others mention no changed term.
	assert.deepEqual(change.rerender.sort(), ['README.md', 'findings/first-finding.md']);
});

test('a renamed glossary term re-renders the pages that mention the old or the new name', () => {
	const { dir, before } = copy((dir) => {
		appendFileSync(join(dir, 'findings/wake-up-latency.md'), '\nThe operator corrects drift.\n');
		appendFileSync(join(dir, 'meetings/2024-11-11.md'), '\nWe talked about the reconcile loop.\n');
	});
	const file = join(dir, 'glossary.md');
	writeFileSync(file, readFileSync(file, 'utf8').replace('## Drift', '## Reconcile loop'));
	const { siteWide, change } = afterEvent(dir, before, 'glossary.md');
	assert.equal(siteWide, true);
	assert.deepEqual(change.rerender.sort(), ['README.md', 'findings/first-finding.md', 'findings/wake-up-latency.md', 'meetings/2024-11-11.md']);
});

test("an edit to a glossary term's definition re-renders no other page (no page shows the definitions)", () => {
	const { dir, before } = copy();
	appendFileSync(join(dir, 'glossary.md'), '\nIt grows when a change goes unnoticed.\n');
	const { siteWide, change } = afterEvent(dir, before, 'glossary.md');
	assert.equal(siteWide, false);
	assert.deepEqual(change.rerender, []);
});

const embeddedFiles = [
	{ name: 'an embedded data file re-renders the pages that embed it, and only those', file: 'findings/reconciles.synthetic.csv', line: '2024-05-01T10:00:35.000Z\n', page: 'findings/reconcile-starts.md' },
	{ name: 'an embedded benchmark file re-renders the page with its chart', file: 'findings/wake-up-latency.synthetic.jsonl', line: '{"size":100,"latency":[30,31,32,33,34,35,36,32]}\n', page: 'findings/wake-up-latency.md' },
];
for (const { name, file, line, page } of embeddedFiles) {
	test(name, () => {
		const { dir, before } = copy();
		appendFileSync(join(dir, file), line);
		const { siteWide, change } = afterEvent(dir, before, file);
		assert.equal(siteWide, false);
		assert.deepEqual(change.rerender, [page]);
	});
}

test('a data file no page embeds re-renders nothing', () => {
	const { site } = copy();
	assert.deepEqual(devChange('findings/notes.csv', site, false).rerender, []);
});

test('CITATION.cff re-renders no Markdown: its title, authors and cite blocks are read per request once it is read again', () => {
	const { dir, before } = copy();
	const file = join(dir, 'CITATION.cff');
	writeFileSync(file, readFileSync(file, 'utf8').replace('title: Dev server notes', 'title: Renamed notes'));
	const { siteWide, change } = afterEvent(dir, before, 'CITATION.cff');
	assert.equal(siteWide, false);
	assert.deepEqual(change.rerender, []);
});

test('the identity is read again after a change to a CITATION.cff place or a top-level README, not after other notes', () => {
	const places = ['/notes/content/CITATION.cff', '/notes/CITATION.cff'];
	assert.equal(changesIdentity('/notes/content/CITATION.cff', '/notes/content', places), true);
	assert.equal(changesIdentity('/notes/CITATION.cff', '/notes/content', places), true);
	assert.equal(changesIdentity('/notes/content/README.md', '/notes/content', places), true);
	assert.equal(changesIdentity('/notes/content/findings/README.md', '/notes/content', places), false);
	assert.equal(changesIdentity('/notes/content/findings/CITATION.cff', '/notes/content', places), false);
	assert.equal(changesIdentity('/notes/content/trace.csv', '/notes/content', places), false);
});

test('a page whose link was broken renders again when its target comes, whatever the spelling of the link', () => {
	const { dir, before } = copy((fresh) => writeFileSync(join(fresh, 'findings/waiting.md'), '# Waiting\n\nSee [the note to come](./Brand%20New%20Note.md).\n'));
	writeFileSync(join(dir, 'findings/Brand New Note.md'), '# Brand new note\n');
	const { change } = afterEvent(dir, before, 'findings/Brand New Note.md');
	assert.deepEqual(change.rerender.sort(), ['README.md', 'findings/waiting.md']);
});
