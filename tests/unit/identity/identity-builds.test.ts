/**
 * The notes' own CITATION.cff names the site, in a real build: header, cite block, meta tags, feed
 * and Credits page (one full build); and a CITATION.cff without authors stops the build at once,
 * naming the file and the field. Notes without a CITATION.cff are built in
 * tests/unit/github/publish-notes-dry-run.test.ts.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildFixture } from '../content-loader/build-fixture.ts';

const fixture = 'tests/fixtures/notes-identity/with-citation-cff';
const cffName = `${fixture}/CITATION.cff`;

test("a notes folder's own CITATION.cff names the site everywhere, and the build says so", { timeout: 300_000 }, () => {
	const { status, output, outDir } = buildFixture(fixture);
	assert.equal(status, 0, `astro build failed:\n${output.slice(-4000)}`);
	for (const line of [
		`title: "Wake-up measurements of the Example Lab" from ${cffName}`,
		`authors: Zoë Ünal, Example Lab from ${cffName}`,
		`licence: CC-BY-SA-4.0 from ${cffName}`,
		`repository: https://github.com/example-lab/wake-ups from ${cffName}`,
		`version: 1.4.0 from ${cffName}`,
		`DOI: 10.5281/zenodo.1003150 from ${cffName}`,
		`keywords: reconcile, measurements from ${cffName}`,
	]) {
		assert.ok(output.includes(line), `the build output lacks: ${line}`);
	}

	const page = readFileSync(join(outDir, 'findings/first-finding/index.html'), 'utf8');
	const meta = (name: string) => [...page.matchAll(new RegExp(`<meta name="${name}" content="([^"]*)"`, 'g'))].map((match) => match[1]);
	// The header and every page's <title>.
	assert.match(page, /<title>A first finding \| Wake-up measurements of the Example Lab<\/title>/);
	// The citation_* meta tags.
	assert.deepEqual(meta('citation_author'), ['Ünal, Zoë', 'Example Lab']);
	assert.deepEqual(meta('citation_publisher'), ['Wake-up measurements of the Example Lab']);
	assert.deepEqual(meta('citation_keywords'), ['reconcile', 'measurements']);
	assert.deepEqual(meta('DC.rights'), ['https://spdx.org/licenses/CC-BY-SA-4.0.html']);
	// The cite block: APA reference, BibTeX, licence and the release the page belongs to.
	const block = page.match(/<section class="cite-this-page[\s\S]*?<\/section>/)?.[0] ?? '';
	assert.match(block, /<span data-apa-before[^>]*>Ünal, Z\., &amp; Example Lab\. \(/);
	assert.match(block, /author {7}= \{Ünal, Zoë and \{Example Lab\}\}/);
	assert.match(block, /organization = \{Wake-up measurements of the Example Lab\}/);
	assert.match(block, /Text and own figures: <a href="https:\/\/spdx\.org\/licenses\/CC-BY-SA-4\.0\.html" rel="license"[^>]*>CC-BY-SA-4\.0<\/a>/);
	assert.match(block, /Part of <cite[^>]*>Wake-up measurements of the Example Lab<\/cite>, version 1\.4\.0, DOI <a href="https:\/\/doi\.org\/10\.5281\/zenodo\.1003150"/);
	assert.doesNotMatch(page, /Haegeman|Scheduled wake-ups|README title the CITATION\.cff overrides<\/title>/);

	const credits = readFileSync(join(outDir, 'credits/index.html'), 'utf8');
	assert.match(credits, /The text and the figures drawn for this site are by Zoë Ünal and Example Lab/);
	assert.match(credits, /<cite[^>]*>Wake-up measurements of the Example Lab<\/cite>, version 1\.4\.0, DOI <a href="https:\/\/doi\.org\/10\.5281\/zenodo\.1003150"[^>]*>10\.5281\/zenodo\.1003150<\/a>, kept at <a href="https:\/\/github\.com\/example-lab\/wake-ups"/);

	const feed = readFileSync(join(outDir, 'feed.xml'), 'utf8');
	assert.match(feed, /<title>Wake-up measurements of the Example Lab<\/title>/);
	assert.match(feed, /<author><name>Zoë Ünal<\/name><\/author>\n {2}<author><name>Example Lab<\/name><\/author>/);
	assert.match(feed, /<rights>CC-BY-SA-4\.0 \(https:\/\/spdx\.org\/licenses\/CC-BY-SA-4\.0\.html\)<\/rights>/);
});

test('a CITATION.cff without authors stops the build, naming the file and the field', () => {
	const { status, output } = buildFixture('tests/fixtures/notes-identity/citation-cff-without-authors');
	assert.notEqual(status, 0);
	assert.match(output, /tests\/fixtures\/notes-identity\/citation-cff-without-authors\/CITATION\.cff: missing required field "authors"/);
});
