/** The mean of lanes' shares, as the compare table and the band status show it. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { meanShare } from '../../../src/trace-viewer/mean-share.ts';

test('the mean of the shares; null when there are none or one is missing', () => {
	assert.equal(meanShare([0.2, 0.4, 0.9]), 0.5);
	assert.equal(meanShare([0.25]), 0.25);
	assert.equal(meanShare([0.2, null]), null);
	assert.equal(meanShare([]), null);
});
