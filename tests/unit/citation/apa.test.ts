import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apa, apaAuthors, apaInitials } from '../../../src/citation/apa.ts';
import { sampleCitation } from './sample-citation.ts';

const person = (given: string, family: string) => ({ given, family });

test('a web page by one author, with site name and retrieval date', () => {
	assert.equal(
		apa(sampleCitation()),
		'Haegeman, R. (2024, November 5). Notes - Meeting 04/11/24. Scheduled wake-ups of Kubernetes operators. ' +
			'Retrieved November 27, 2026, from https://example.github.io/masters-thesis/meetings/2024-11-04/',
	);
});

test('initials keep hyphens and unicode letters', () => {
	assert.equal(apaInitials('Jean-Paul Anna'), 'J.-P. A.');
	assert.equal(apaInitials('Émile'), 'É.');
});

test('two, three and twenty-one authors', () => {
	assert.equal(apaAuthors([person('Robbe', 'Haegeman'), person('Jane', 'Doe')]), 'Haegeman, R., & Doe, J.');
	assert.equal(apaAuthors([person('A', 'One'), person('B', 'Two'), person('C', 'Three')]), 'One, A., Two, B., & Three, C.');
	const many = Array.from({ length: 21 }, (_, i) => person('X', `Author${i + 1}`));
	assert.equal(apaAuthors(many), `${many.slice(0, 19).map((p) => `${p.family}, X.`).join(', ')}, . . . Author21, X.`);
});

test('no author: the site is the author and is not repeated as site name', () => {
	assert.equal(
		apa(sampleCitation({ overrides: { authors: [] } })),
		'Scheduled wake-ups of Kubernetes operators. (2024, November 5). Notes - Meeting 04/11/24. ' +
			'Retrieved November 27, 2026, from https://example.github.io/masters-thesis/meetings/2024-11-04/',
	);
});

test('no date gives (n.d.); a title ending in a full stop gets no second one', () => {
	const text = apa(sampleCitation({ updated: undefined, commit: undefined, title: 'Open questions.' }));
	assert.match(text, /^Haegeman, R\. \(n\.d\.\)\. Open questions\. Scheduled/);
});

test('an organisation (no given name) is written out in full among people', () => {
	assert.equal(apaAuthors([{ family: 'The Kubernetes Authors' }, person('Robbe', 'Haegeman')]), 'The Kubernetes Authors, & Haegeman, R.');
});
