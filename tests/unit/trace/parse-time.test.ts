/** Exact time parsing: every accepted spelling to epoch nanoseconds. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { goDurationNs } from '../../../src/data-input/go-duration.ts';
import { normalizeId } from '../../../src/trace/import/otlp-ids.ts';
import { decimalToNs, nsToIso, parseTimestamp, secondsToNs } from '../../../src/data-input/parse-time.ts';

const ns = (text: string) => parseTimestamp(text)?.ns;

test('ISO 8601 with Z, offsets, no zone, Go println', () => {
	assert.equal(ns('2023-01-17T13:45:57.861Z'), 1673963157861000000n);
	assert.equal(ns('2023-05-12 11:52:20.338366696'), 1683892340338366696n);
	assert.equal(ns('2024-11-04 10:01:02.123456789 +0100 CET m=+5.001'), 1730710862123456789n);
	assert.equal(ns('2024-11-04T10:01:02.123456789+01:00'), 1730710862123456789n);
	assert.equal(ns('2024-02-29T23:59:59.999999999-05:30'), 1709270999999999999n);
	assert.equal(parseTimestamp('2024-11-04 10:01:02 +0100 CET m=+5.001')?.monotonic, '+5.001');
});

test('impossible dates are not times', () => {
	assert.equal(parseTimestamp('2023-02-29T00:00:00Z'), null);
	assert.equal(parseTimestamp('2023-13-01T00:00:00Z'), null);
	assert.equal(parseTimestamp('NaN'), null);
});

test('decimal seconds and microseconds without floats', () => {
	assert.equal(secondsToNs('1699999999.123456789'), 1699999999123456789n);
	assert.equal(decimalToNs('1700000000123456.5', 3), 1700000000123456500n);
	assert.equal(decimalToNs('1.5e3', 3), 1500000n);
	assert.equal(secondsToNs('NaN'), null);
});

test('ns to ISO keeps all nine digits, before 1970 too', () => {
	assert.equal(nsToIso(1730710862123456789n), '2024-11-04T09:01:02.123456789Z');
	assert.equal(nsToIso(-1n), '1969-12-31T23:59:59.999999999Z');
});

test('Go durations', () => {
	assert.deepEqual(['5s', '1m30s', '250ms', '1.5s', 'soon'].map(goDurationNs), [5000000000n, 90000000000n, 250000000n, 1500000000n, null]);
});

test('OTLP ids in hex or base64', () => {
	assert.equal(normalizeId('EEE19B7EC3C1B174'), 'eee19b7ec3c1b174');
	assert.equal(normalizeId('7uGbfsPBsXQ='), 'eee19b7ec3c1b174');
	assert.equal(normalizeId('not an id!'), null);
});
