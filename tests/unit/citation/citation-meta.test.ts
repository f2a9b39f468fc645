import assert from 'node:assert/strict';
import { test } from 'node:test';
import { citationMeta } from '../../../src/citation/citation-meta.ts';
import { sampleCitation } from './sample-citation.ts';

/** The tags as `name=content` lines, easy to read in a failure. */
function dump(tags: ReturnType<typeof citationMeta>): string[] {
	return tags.map(({ tag, attrs }) => (tag === 'meta' ? `${attrs.name}=${attrs.content}` : `link ${attrs.rel}=${attrs.href}`));
}

test('Highwire, Dublin Core and licence tags of a page', () => {
	assert.deepEqual(dump(citationMeta(sampleCitation())), [
		'citation_title=Notes - Meeting 04/11/24',
		'citation_author=Haegeman, Robbe',
		'citation_publication_date=2024/11/05',
		'citation_online_date=2024/11/05',
		'citation_public_url=https://example.github.io/masters-thesis/meetings/2024-11-04/',
		'citation_publisher=Scheduled wake-ups of Kubernetes operators',
		'citation_language=en',
		'citation_keywords=Kubernetes',
		'citation_keywords=operators',
		'citation_keywords=controller-runtime',
		'citation_keywords=reconcile',
		'citation_keywords=WebAssembly',
		'DC.title=Notes - Meeting 04/11/24',
		'DC.creator=Haegeman, Robbe',
		'DC.date=2024-11-05',
		'DC.publisher=Scheduled wake-ups of Kubernetes operators',
		'DC.rights=https://creativecommons.org/licenses/by/4.0/',
		'link license=https://creativecommons.org/licenses/by/4.0/',
	]);
});

test('one citation_author per author, in order; front-matter date is the publication date', () => {
	const authors = [{ given: 'Zoë', family: 'Ünal' }, { given: 'Robbe', family: 'Haegeman' }];
	const lines = dump(citationMeta(sampleCitation({ overrides: { authors, date: new Date('2024-11-04') } })));
	assert.deepEqual(lines.filter((l) => l.startsWith('citation_author')), ['citation_author=Ünal, Zoë', 'citation_author=Haegeman, Robbe']);
	assert.ok(lines.includes('citation_publication_date=2024/11/04'));
});

test('no author: the publisher is named; unknown dates are left out', () => {
	const lines = dump(citationMeta(sampleCitation({ overrides: { authors: [] }, updated: undefined, commit: undefined })));
	assert.deepEqual(lines.filter((l) => l.startsWith('citation_author')), ['citation_author=Scheduled wake-ups of Kubernetes operators']);
	assert.equal(lines.some((l) => /date/.test(l)), false);
});

test('a page licence override changes DC.rights and the licence link', () => {
	const lines = dump(citationMeta(sampleCitation({ overrides: { license: 'CC0-1.0' } })));
	assert.ok(lines.includes('link license=https://spdx.org/licenses/CC0-1.0.html'));
});

test('notes without a stated licence get no rights tag and no licence link', () => {
	const lines = dump(citationMeta(sampleCitation({}, { contentLicence: undefined, keywords: [] })));
	assert.equal(lines.some((l) => l.startsWith('DC.rights') || l.startsWith('link license') || l.startsWith('citation_keywords')), false);
});
