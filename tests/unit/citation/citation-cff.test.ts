import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { projectMeta } from '../../../src/config/site-meta.ts';
import { parseCitationCff } from '../../../src/identity/citation-cff.ts';
import { readSiteIdentity } from '../../../src/identity/site-identity.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const cffText = readFileSync(join(root, 'CITATION.cff'), 'utf8');
const cff = parse(cffText) as Record<string, unknown>;

/** Folded YAML scalars keep line breaks as spaces; compare words only. */
const words = (text: unknown) => String(text).replace(/\s+/g, ' ').trim();

test('CITATION.cff has the keys CFF 1.2.0 requires, with valid values', () => {
	assert.equal(cff['cff-version'], '1.2.0');
	assert.equal(typeof cff.message, 'string');
	assert.ok(String(cff.message).length > 0);
	assert.equal(typeof cff.title, 'string');
	assert.ok(Array.isArray(cff.authors) && cff.authors.length > 0, 'authors must be a non-empty list');
	assert.ok(['software', 'dataset'].includes(String(cff.type ?? 'software')), 'type must be software or dataset');
	const allowed = new Set(['abstract', 'authors', 'cff-version', 'commit', 'contact', 'date-released', 'doi', 'identifiers', 'keywords', 'license', 'license-url', 'message', 'preferred-citation', 'references', 'repository', 'repository-artifact', 'repository-code', 'title', 'type', 'url', 'version']);
	for (const key of Object.keys(cff)) assert.ok(allowed.has(key), `${key} is not a CFF 1.2.0 key`);
	for (const author of cff.authors as Record<string, unknown>[]) {
		assert.ok(author['family-names'] || author.name, `author ${JSON.stringify(author)} needs family-names or name`);
	}
});

test('the site reads it without complaint', () => {
	assert.equal(parseCitationCff(cffText, 'CITATION.cff').title, cff.title);
});

test('title, abstract, authors, licence and keywords match projectMeta, its fallback in src/config/site-meta.ts', () => {
	assert.equal(cff.title, projectMeta.title);
	assert.equal(words(cff.abstract), projectMeta.description);
	assert.deepEqual(
		cff.authors,
		projectMeta.authors.map((a) => ({ 'given-names': a.given, 'family-names': a.family, ...(a.orcid ? { orcid: a.orcid } : {}) })),
	);
	assert.equal(cff.license, projectMeta.contentLicence?.spdx);
	assert.deepEqual(cff.keywords, projectMeta.keywords);
});

test('repository and site URL match the config: both present and equal, or both absent', () => {
	assert.equal(cff['repository-code'], projectMeta.repository);
	assert.equal(cff.url, projectMeta.url);
});

test("this project's content/ is cited from the root CITATION.cff, and the build says so", () => {
	const { meta, report } = readSiteIdentity({ contentDir: join(root, 'content'), cwd: root, env: {} });
	assert.equal(meta.title, cff.title);
	assert.deepEqual(meta.authors, [{ given: 'Robbe', family: 'Haegeman' }]);
	assert.equal(meta.contentLicence?.name, 'Creative Commons Attribution 4.0 International');
	assert.equal(report[0], `title: "${cff.title}" from CITATION.cff`);
});
