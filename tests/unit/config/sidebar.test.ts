import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { sidebarFromContent } from '../../../src/config/sidebar.ts';
import { contentSidebar } from '../../../src/content-loader/content-sidebar.ts';
import { refreshContentSite } from '../../../src/content-loader/scan-content.ts';

const gfmSite = join(import.meta.dirname, '../../fixtures/gfm-site');

test('the sidebar is the content\'s items, then the Credits page', () => {
	const sidebar = sidebarFromContent(gfmSite);
	assert.deepEqual(sidebar.slice(0, -1), contentSidebar(refreshContentSite(gfmSite)));
	// Starlight prefixes the base path itself (the e2e tests check the built link).
	assert.deepEqual(sidebar.at(-1), { label: 'Credits', link: '/credits/' });
});
