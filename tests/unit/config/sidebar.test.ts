import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { sidebarFromContent, siteSidebar, slugsAsLinks, withStarlightDefaults } from '../../../src/config/sidebar.ts';
import { contentSidebar } from '../../../src/content-loader/content-sidebar.ts';
import { refreshContentSite } from '../../../src/content-loader/scan-content.ts';

const gfmSite = join(import.meta.dirname, '../../fixtures/gfm-site');
const devSite = join(import.meta.dirname, '../../fixtures/dev-site');

test('the sidebar is the content\'s items, then the Credits page', () => {
	const sidebar = sidebarFromContent(gfmSite);
	assert.deepEqual(sidebar.slice(0, -1), contentSidebar(refreshContentSite(gfmSite)));
	// Starlight prefixes the base path itself (the e2e tests check the built link).
	assert.deepEqual(sidebar.at(-1), { label: 'Credits', link: '/credits/' });
});

test('the dev server\'s live sidebar has the defaults Starlight\'s config schema gives the configured one', async () => {
	// Starlight's own schema, by file: it is not one of the package's exports. A Starlight that fills in
	// other defaults fails here rather than in the dev server.
	const { SidebarItemSchema } = await import('../../../node_modules/@astrojs/starlight/dist/schemas/sidebar.js');
	const items = sidebarFromContent(gfmSite);
	assert.ok(items.some((item) => 'items' in item), 'the fixture has a group');
	assert.deepEqual(withStarlightDefaults(items), SidebarItemSchema.array().parse(items));
	const links = slugsAsLinks(items, refreshContentSite(gfmSite));
	assert.deepEqual(withStarlightDefaults(links), SidebarItemSchema.array().parse(links));
});

test('the live sidebar follows the content model: a new note is in it, a deleted one is not', () => {
	const dir = mkdtempSync(join(tmpdir(), 'live-sidebar-'));
	try {
		cpSync(devSite, dir, { recursive: true });
		const slugs = () => JSON.stringify(siteSidebar(refreshContentSite(dir))).match(/"slug":"[^"]+"/g);
		assert.ok(slugs()?.includes('"slug":"findings/reconcile-starts"'));
		writeFileSync(join(dir, 'findings/brand-new.md'), '# Brand new\n');
		rmSync(join(dir, 'findings/reconcile-starts.md'));
		assert.ok(slugs()?.includes('"slug":"findings/brand-new"'));
		assert.ok(!slugs()?.includes('"slug":"findings/reconcile-starts"'));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test('for the dev server, pages are linked by path, labelled as Starlight labels an id', () => {
	const site = refreshContentSite(devSite);
	const links = slugsAsLinks(siteSidebar(site), site);
	assert.ok(!JSON.stringify(links).includes('"slug"'));
	assert.deepEqual(links.slice(0, 2), [
		{ label: 'Dev server test notes', link: '/' },
		{ label: 'Glossary', link: '/glossary/' },
	]);
	const meetings = links.find((item) => 'items' in item && item.label === 'Meetings');
	assert.deepEqual(meetings, {
		label: 'Meetings',
		items: [
			{ label: 'All meetings', link: '/meetings/' },
			{ label: '11 Nov 2024', link: '/meetings/2024-11-11/' },
			{ label: '4 Nov 2024', link: '/meetings/2024-11-04/' },
		],
	});
	assert.deepEqual(links.at(-1), { label: 'Credits', link: '/credits/' });
});

test('a page\'s sidebar front matter gives the label, badge and attributes of its link', () => {
	const dir = mkdtempSync(join(tmpdir(), 'live-sidebar-'));
	try {
		writeFileSync(join(dir, 'README.md'), '# Notes\n');
		writeFileSync(join(dir, 'x.md'), '---\nsidebar:\n  label: Short\n  badge: New\n  attrs:\n    class: hot\n---\n# A long title\n');
		const site = refreshContentSite(dir);
		assert.deepEqual(slugsAsLinks(siteSidebar(site), site)[1], { label: 'Short', link: '/x/', badge: 'New', attrs: { class: 'hot' } });
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
