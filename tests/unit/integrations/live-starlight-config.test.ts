import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { liveStarlightConfigModule } from '../../../src/integrations/live-starlight-config.ts';

test('the rewritten config module asks the live module for the sidebar and title each time, with the configured ones', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'live-config-'));
	try {
		// A live module that says what it was given and counts the calls.
		const live = join(dir, 'live.mjs');
		writeFileSync(live, 'let n = 0;\nexport const liveSidebar = (configured) => [...configured, { slug: `new-${++n}` }];\nexport const liveTitle = (configured) => ({ en: `${configured.en} ${++n}` });\n');
		const starlight = `export default ${JSON.stringify({ title: { en: 'Notes' }, sidebar: [{ slug: 'index' }], pagination: true })}`;
		const code = liveStarlightConfigModule(starlight, live);
		assert.ok(code);
		const module = join(dir, 'config.mjs');
		writeFileSync(module, code);
		const { default: config } = await import(pathToFileURL(module).href);
		assert.deepEqual(config.sidebar, [{ slug: 'index' }, { slug: 'new-1' }]);
		assert.deepEqual(config.title, { en: 'Notes 2' });
		assert.deepEqual(config.sidebar, [{ slug: 'index' }, { slug: 'new-3' }]);
		assert.equal(config.pagination, true);
		assert.deepEqual(Object.keys(config).sort(), ['pagination', 'sidebar', 'title']);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test('a config module of another shape is left alone (the dev server then needs a restart, and says so)', () => {
	assert.equal(liveStarlightConfigModule('const config = {};\nexport default config;', '/live.ts'), undefined);
});
