import assert from 'node:assert/strict';
import { test } from 'node:test';
import { popoverPosition } from '../../../src/link-preview/popover-position.ts';

const viewport = { width: 1000, height: 700 };
const size = { width: 300, height: 120 };

test('below the link, left-aligned with it, when there is room', () => {
	assert.deepEqual(popoverPosition({ left: 100, top: 200, width: 80, height: 20 }, size, viewport), { left: 100, top: 228, placement: 'below' });
});

test('above the link near the bottom of the viewport', () => {
	assert.deepEqual(popoverPosition({ left: 100, top: 640, width: 80, height: 20 }, size, viewport), { left: 100, top: 512, placement: 'above' });
});

test('kept inside the right and left edges', () => {
	assert.equal(popoverPosition({ left: 900, top: 200, width: 80, height: 20 }, size, viewport).left, 692);
	assert.equal(popoverPosition({ left: 50, top: 200, width: 80, height: 20 }, { width: 2000, height: 120 }, viewport).left, 8);
});

test('with little room either way, the side with more room wins and the top stays visible', () => {
	const small = { width: 1000, height: 200 };
	assert.equal(popoverPosition({ left: 0, top: 60, width: 80, height: 20 }, size, small).placement, 'below');
	const above = popoverPosition({ left: 0, top: 150, width: 80, height: 20 }, size, small);
	assert.deepEqual(above, { left: 8, top: 22, placement: 'above' });
	assert.equal(popoverPosition({ left: 0, top: 100, width: 80, height: 20 }, { width: 300, height: 500 }, small).top, 8);
});
