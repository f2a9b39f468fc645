/**
 * Raw HTML through the site's whole Markdown pipeline (remark and rehype plugins): one test per
 * fixture, its HTML compared with the reviewed snapshot next to it
 * (`tests/fixtures/markdown/<case>.html`). Update on purpose with `--test-update-snapshots`.
 */
import { join } from 'node:path';
import { test } from 'node:test';
import { fixturesDir, renderFixture } from './render-fixture.ts';

// GitHub URLs name a branch; pin it so the snapshots do not depend on where tests run.
process.env.SITE_REPO_BRANCH = 'main';
delete process.env.SITE_REPO_URL;

const cases = [
	'raw-html-centered-image',
	'raw-html-links',
	'raw-html-anchor',
	'raw-html-theme-picture',
	'raw-html-theme-fragments',
	'raw-html-sanitized',
	'raw-html-markdown-markup-kept',
	'raw-html-links-broken-marked',
	'raw-html-unquoted-attributes',
];

for (const name of cases) {
	test(name, async (t) => {
		t.assert.fileSnapshot(await renderFixture(name, { rehype: true }), join(fixturesDir, `${name}.html`), { serializers: [(value) => String(value)] });
	});
}
