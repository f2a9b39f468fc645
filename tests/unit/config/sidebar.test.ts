import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { sidebarFromContent, siteSidebar, withStarlightDefaults } from '../../../src/config/sidebar.ts';
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
