/**
 * One test per Markdown fixture: its rendered HTML must match the reviewed snapshot next to it
 * (`tests/fixtures/markdown/<case>.html`). Update on purpose with `--test-update-snapshots`.
 */
import { join } from 'node:path';
import { test } from 'node:test';
import { fixturesDir, renderFixture } from './render-fixture.ts';

// GitHub URLs name a branch; pin it so the snapshots do not depend on where tests run.
process.env.SITE_REPO_BRANCH = 'main';
delete process.env.SITE_REPO_URL;

const cases = [
	'alerts-all-kinds',
	'alert-without-space',
	'alert-lowercase-marker',
	'alert-marker-with-text-stays-quote',
	'alert-nested-stays-quote',
	'title-h1-dropped',
	'title-frontmatter-differs-keeps-h1',
	'title-setext-dropped',
	'links-relative-pages',
	'links-non-page-files',
	'links-broken-marked',
	'image-relative',
	'meetings-index/README',
	'meetings-index/Meeting 11-04',
	'math-inline-and-blocks',
	'math-dollars-stay-text',
	'emoji-shortcodes',
];

for (const name of cases) {
	test(name, async (t) => {
		t.assert.fileSnapshot(await renderFixture(name), join(fixturesDir, `${name}.html`), { serializers: [(value) => String(value)] });
	});
}
