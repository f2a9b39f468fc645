/** Reading a CITATION.cff: what the site takes from it, and the message for each way it can be wrong. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCitationCff } from '../../../src/identity/citation-cff.ts';
import { doiOf, licenceFromCff, personFromCff } from '../../../src/identity/site-identity.ts';

const minimal = 'cff-version: 1.2.0\nmessage: Please cite these notes.\ntitle: Lab notebook\nauthors:\n  - family-names: Doe\n    given-names: Jane\n';

/** The error message of parsing `text`, for inline comparison. */
function problems(text: string): string {
	try {
		parseCitationCff(text, 'notes/CITATION.cff');
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('expected the CITATION.cff to be rejected');
}

test('the four required keys are enough', () => {
	const cff = parseCitationCff(minimal, 'notes/CITATION.cff');
	assert.equal(cff.title, 'Lab notebook');
	assert.deepEqual(cff.authors.map(personFromCff), [{ given: 'Jane', family: 'Doe' }]);
});

test('a missing required field is named, without a line to point at', () => {
	assert.equal(
		problems('cff-version: 1.2.0\nmessage: Cite me.\ntitle: Lab notebook\n'),
		[
			'notes/CITATION.cff is not a usable CITATION.cff (1 problem):',
			'notes/CITATION.cff: missing required field "authors"',
			'CFF 1.2.0 requires cff-version, message, title, authors; see https://citation-file-format.github.io/.',
		].join('\n'),
	);
});

test('every wrong value is listed at once with its line', () => {
	const text = [
		'cff-version: 1.2', // a number to YAML
		'message: Cite me.',
		'title: Lab notebook',
		'authors:',
		'  - email: jane@example.org',
		'  - name: Example Lab',
		'    orcid: 0000-0002-1825-0097',
		'doi: https://doi.org/10.5281/zenodo.1003150',
	].join('\n');
	assert.deepEqual(problems(text).split('\n').slice(1, -1), [
		'notes/CITATION.cff:1: field "cff-version" must be text such as "1.2.0" (quote it if YAML reads a number)',
		'notes/CITATION.cff:5: field "authors[0]" an author needs family-names (a person) or name (an entity)',
		'notes/CITATION.cff:7: field "authors[1].orcid" must be an ORCID URL such as https://orcid.org/0000-0002-1825-0097',
		'notes/CITATION.cff:8: field "doi" must be a DOI such as 10.5281/zenodo.1003150 (without https://doi.org/)',
	]);
});

test('YAML that does not parse is reported with its line', () => {
	assert.match(problems('cff-version: 1.2.0\ntitle: [unclosed\n'), /^notes\/CITATION\.cff:3: not valid YAML: /m);
});

test('a file that is not a mapping of keys is rejected', () => {
	assert.match(problems('- just\n- a list\n'), /notes\/CITATION\.cff:1: expected the keys of a CFF file/);
	assert.match(problems(''), /expected the keys of a CFF file/);
});

test('keys the site does not read are allowed', () => {
	const cff = parseCitationCff(`${minimal}references:\n  - type: book\n    title: Other\ndate-released: 2024-11-04\n`, 'CITATION.cff');
	assert.equal(cff.title, 'Lab notebook');
});

test('authors: particles join the family name; an entity is a family name alone; the ORCID is kept', () => {
	const orcid = 'https://orcid.org/0000-0002-1825-0097';
	assert.deepEqual(personFromCff({ 'given-names': 'Ludwig', 'name-particle': 'van', 'family-names': 'Beethoven', orcid }), { given: 'Ludwig', family: 'van Beethoven', orcid });
	assert.deepEqual(personFromCff({ name: 'The Kubernetes Authors' }), { family: 'The Kubernetes Authors' });
	assert.deepEqual(personFromCff({ alias: 'jdoe' }), { family: 'jdoe' });
});

test('licence: one SPDX id, a list read as OR, a licence URL; the project licence keeps its full name', () => {
	const base = parseCitationCff(minimal, 'CITATION.cff');
	assert.deepEqual(licenceFromCff({ ...base, license: 'MIT' }), { spdx: 'MIT', name: 'MIT', url: 'https://spdx.org/licenses/MIT.html' });
	assert.equal(licenceFromCff({ ...base, license: ['Apache-2.0', 'MIT'] })?.spdx, 'Apache-2.0 OR MIT');
	assert.equal(licenceFromCff({ ...base, license: 'LicenseRef-lab', 'license-url': 'https://example.org/licence' })?.url, 'https://example.org/licence');
	assert.equal(licenceFromCff({ ...base, license: 'CC-BY-4.0' })?.name, 'Creative Commons Attribution 4.0 International');
	assert.equal(licenceFromCff(base), undefined);
});

test('DOI: the doi key, else the first identifier of type doi', () => {
	const base = parseCitationCff(minimal, 'CITATION.cff');
	assert.equal(doiOf({ ...base, doi: '10.5281/zenodo.1' }), '10.5281/zenodo.1');
	assert.equal(doiOf({ ...base, identifiers: [{ type: 'url', value: 'https://x.org' }, { type: 'doi', value: '10.5281/zenodo.2' }] }), '10.5281/zenodo.2');
	assert.equal(doiOf(base), undefined);
});
