import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { siteMeta } from '../../../src/config/site-meta.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const cff = parse(readFileSync(join(root, 'CITATION.cff'), 'utf8')) as Record<string, unknown>;

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

test('title, abstract, authors, licence and keywords match src/config/site-meta.ts', () => {
	assert.equal(cff.title, siteMeta.title);
	assert.equal(words(cff.abstract), siteMeta.description);
	assert.deepEqual(
		cff.authors,
		siteMeta.authors.map((a) => ({ 'given-names': a.given, 'family-names': a.family, ...(a.orcid ? { orcid: a.orcid } : {}) })),
	);
	assert.equal(cff.license, siteMeta.contentLicence.spdx);
	assert.deepEqual(cff.keywords, siteMeta.keywords);
});

test('repository and site URL match the config: both present and equal, or both absent', () => {
	assert.equal(cff['repository-code'], siteMeta.repository);
	assert.equal(cff.url, siteMeta.url);
});
