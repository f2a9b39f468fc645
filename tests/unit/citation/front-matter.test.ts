import assert from 'node:assert/strict';
import { test } from 'node:test';
import { citationKey } from '../../../src/citation/page-citation.ts';
import { parsePersonName } from '../../../src/citation/person-name.ts';
import { citationFields } from '../../../src/citation/schema.ts';

test('author names as written in front matter', () => {
	assert.deepEqual(parsePersonName('Robbe Haegeman'), { given: 'Robbe', family: 'Haegeman' });
	assert.deepEqual(parsePersonName('Haegeman, Robbe'), { given: 'Robbe', family: 'Haegeman' });
	assert.deepEqual(parsePersonName('Ludwig van Beethoven'), { given: 'Ludwig', family: 'van Beethoven' });
	assert.deepEqual(parsePersonName('  Zoë   Ünal '), { given: 'Zoë', family: 'Ünal' });
});

test('a single word is not a name: the error says what to write', () => {
	assert.throws(() => parsePersonName('Robbe'), /Author "Robbe" needs a given and a family name/);
});

test('front matter overrides parse; a bad author is a schema error with the reason', () => {
	const parsed = citationFields.parse({ authors: ['Robbe Haegeman', { given: 'Jane', family: 'Doe' }], date: '2024-11-04', license: 'CC0-1.0' });
	assert.deepEqual(parsed.authors, [{ given: 'Robbe', family: 'Haegeman' }, { given: 'Jane', family: 'Doe' }]);
	assert.equal(parsed.date?.toISOString(), '2024-11-04T00:00:00.000Z');
	const bad = citationFields.safeParse({ authors: ['Robbe'] });
	assert.equal(bad.success, false);
	assert.match(JSON.stringify(bad.error?.issues), /needs a given and a family name/);
});

test('citation keys are ASCII, stable for a path and independent of the title', () => {
	assert.equal(citationKey('Haegeman', 'meetings/2024-11-04'), 'haegeman-meetings-2024-11-04');
	assert.equal(citationKey('van Beethoven', 'index'), 'van-index');
	assert.equal(citationKey('Ødegård', 'a b/c_d'), 'odegard-a-b-c-d');
	assert.equal(citationKey('Łukasz', 'index'), 'lukasz-index');
});
