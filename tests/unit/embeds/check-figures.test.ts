/** The figure check reports a reference to a missing data file once, naming the file (the broken-link check leaves figure links to it). */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkFigures } from '../../../src/embeds/check-figures.ts';
import { repoRoot } from '../content-loader/build-fixture.ts';

test('a figure reference to a missing file is one error naming the file', () => {
	const path = join(repoRoot, 'tests/fixtures/figure-site/README.md');
	const check = checkFigures([{ path, display: 'notes/README.md', figures: [{ url: 'gone.synthetic.csv#figure=records', text: '12', line: 4 }] }]);
	assert.deepEqual(check.errors, ['notes/README.md:4: figure reference "gone.synthetic.csv#figure=records": gone.synthetic.csv does not exist']);
	assert.deepEqual([...check.differs, ...check.unwritten], []);
});
