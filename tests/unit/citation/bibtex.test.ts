import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bibtex, bibtexAuthors, escapeLatex } from '../../../src/citation/bibtex.ts';
import { sampleCitation } from './sample-citation.ts';

test('an @online entry with every field of a versioned page', () => {
	assert.equal(
		bibtex(sampleCitation()),
		[
			'@online{haegeman-meetings-2024-11-04,',
			'  author       = {Haegeman, Robbe},',
			'  title        = {{Notes - Meeting 04/11/24}},',
			'  date         = {2024-11-05},',
			'  year         = {2024},',
			'  organization = {Scheduled wake-ups of Kubernetes operators},',
			'  url          = {https://example.github.io/masters-thesis/meetings/2024-11-04/},',
			'  urldate      = {2026-11-27},',
			'  version      = {c3aeaf6},',
			'  note         = {Version c3aeaf6, source: \\url{https://github.com/example/masters-thesis/blob/c3aeaf6f0e9f16a1e397a62b6b82ec2936175a2e/content/meetings/2024-11-04.md}},',
			'  keywords     = {Kubernetes, operators, controller-runtime, reconcile, WebAssembly},',
			'  langid       = {english},',
			'}',
		].join('\n'),
	);
});

test('escapes every LaTeX special character once', () => {
	assert.equal(
		escapeLatex('a & b % c $ d # e _ f { g } h ~ i ^ j \\ k'),
		'a \\& b \\% c \\$ d \\# e \\_ f \\{ g \\} h \\textasciitilde{} i \\textasciicircum{} j \\textbackslash{} k',
	);
});

test('special characters in the title are escaped inside the protecting braces', () => {
	const entry = bibtex(sampleCitation({ title: 'R&D: 100% of {reconcile_loop} #1' }));
	assert.match(entry, /^ {2}title {8}= \{\{R\\&D: 100\\% of \\\{reconcile\\_loop\\\} \\#1\}\},$/m);
});

test('several authors are joined with "and"; a name containing "and" or a comma is braced', () => {
	const authors = [
		{ given: 'Robbe', family: 'Haegeman' },
		{ given: 'Jane', family: 'Doe' },
		{ given: 'Sand and', family: 'Stone, Jr' },
	];
	assert.equal(bibtexAuthors(authors, 'Site'), 'Haegeman, Robbe and Doe, Jane and {Stone, Jr}, {Sand and}');
});

test('no author: the publisher is a corporate author in double braces, keyed by its first word', () => {
	const entry = bibtex(sampleCitation({ overrides: { authors: [] } }));
	assert.match(entry, /^ {2}author {7}= \{\{Scheduled wake-ups of Kubernetes operators\}\},$/m);
	assert.match(entry, /^@online\{scheduled-meetings-2024-11-04,$/m);
});

test('unicode names stay UTF-8 for biblatex; the key is folded to ASCII', () => {
	const entry = bibtex(sampleCitation({ overrides: { authors: [{ given: 'Zoë', family: 'Ünal-Çelik' }] } }));
	assert.match(entry, /author {7}= \{Ünal-Çelik, Zoë\}/);
	assert.match(entry, /^@online\{unal-meetings-2024-11-04,$/m);
});

test('without a build commit there is no version and no note', () => {
	const entry = bibtex(sampleCitation({ commit: undefined, sourceUrl: undefined }));
	assert.doesNotMatch(entry, /version|note/);
});

test('percent and hash in a source URL are escaped inside \\url', () => {
	const entry = bibtex(sampleCitation({ sourceUrl: 'https://github.com/o/r/blob/abc/Meeting%2011.md#L4' }));
	assert.match(entry, /\\url\{https:\/\/github\.com\/o\/r\/blob\/abc\/Meeting\\%2011\.md\\#L4\}/);
});

test('an organisation (no given name) is braced whole, so BibTeX does not split it', () => {
	assert.equal(bibtexAuthors([{ family: 'The Kubernetes Authors' }, { given: 'Jane', family: 'Doe' }], 'Site'), '{The Kubernetes Authors} and Doe, Jane');
});

test('keywords are left out when the notes have none', () => {
	assert.doesNotMatch(bibtex(sampleCitation({}, { keywords: [] })), /keywords/);
});
