import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cslJson } from '../../../src/citation/csl-json.ts';
import { sampleCitation } from './sample-citation.ts';

test('one webpage item with people, dates as date-parts and the version', () => {
	const [item, ...rest] = JSON.parse(cslJson(sampleCitation()));
	assert.equal(rest.length, 0);
	assert.deepEqual(item, {
		id: 'haegeman-meetings-2024-11-04',
		type: 'webpage',
		title: 'Notes - Meeting 04/11/24',
		author: [{ family: 'Haegeman', given: 'Robbe' }],
		'container-title': 'Scheduled wake-ups of Kubernetes operators',
		publisher: 'Scheduled wake-ups of Kubernetes operators',
		URL: 'https://example.github.io/masters-thesis/meetings/2024-11-04/',
		issued: { 'date-parts': [[2024, 11, 5]] },
		accessed: { 'date-parts': [[2026, 11, 27]] },
		version: 'c3aeaf6',
		note: 'Source: https://github.com/example/masters-thesis/blob/c3aeaf6f0e9f16a1e397a62b6b82ec2936175a2e/content/meetings/2024-11-04.md',
		keyword: 'Kubernetes, operators, controller-runtime, reconcile, WebAssembly',
		language: 'en',
	});
});

test('no author: the publisher is a literal author; special characters survive JSON', () => {
	const [item] = JSON.parse(cslJson(sampleCitation({ title: 'Quotes " and \\ back', overrides: { authors: [] } })));
	assert.deepEqual(item.author, [{ literal: 'Scheduled wake-ups of Kubernetes operators' }]);
	assert.equal(item.title, 'Quotes " and \\ back');
});

test('several unicode authors keep their order and spelling', () => {
	const authors = [{ given: 'Zoë', family: 'Ünal' }, { given: 'Robbe', family: 'Haegeman' }];
	const [item] = JSON.parse(cslJson(sampleCitation({ overrides: { authors } })));
	assert.deepEqual(item.author, [{ family: 'Ünal', given: 'Zoë' }, { family: 'Haegeman', given: 'Robbe' }]);
});

test('an organisation (no given name) is a literal author', () => {
	const [item] = JSON.parse(cslJson(sampleCitation({ overrides: { authors: [{ family: 'The Kubernetes Authors' }] } })));
	assert.deepEqual(item.author, [{ literal: 'The Kubernetes Authors' }]);
});
