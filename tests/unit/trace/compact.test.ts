/** The compact serialized form: deterministic, columnar, exact. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeTrace } from '../../../scripts/trace/analysis.ts';
import { COMPACT_GENERATOR, decodeCompact, encodeCompact } from '../../../scripts/trace/compact.ts';
import { importTraceFile } from '../../../scripts/trace/import.ts';
import { fixture } from './trace-check.ts';

const trace = importTraceFile(fixture('otlp/spans-events-status.json'));
const analysis = analyzeTrace(trace);

test('encoding twice gives identical bytes', () => {
  assert.equal(encodeCompact(importTraceFile(fixture('otlp/spans-events-status.json')), analysis), encodeCompact(trace, analysis));
});

test('the text says what generated it, its version and base time', () => {
  const json = JSON.parse(encodeCompact(trace, analysis));
  assert.equal(json.version, 1);
  assert.equal(json.generator, COMPACT_GENERATOR);
  assert.equal(json.baseNs, '1730710862123456789');
  assert.deepEqual(json.start, [0, 100, 4999999907]);
  assert.deepEqual(json.parent, [0, 1, 0]);
  assert.equal(json.ids, undefined);
});

test('decoded columns keep nanoseconds, parents, reasons and attributes', () => {
  const c = decodeCompact(encodeCompact(trace, analysis));
  assert.equal(c.count, 3);
  assert.deepEqual([...c.start], [0, 100, 5000000007]);
  assert.deepEqual([...c.duration], [2500001, 800, 999993]);
  assert.deepEqual([...c.parent], [-1, 0, -1]);
  assert.deepEqual([...c.reason], [0, 0, 1]);
  assert.equal(c.startNs(2), 1730710867123456796n);
  assert.deepEqual(c.attributes(1), [['span.kind', 'CLIENT']]);
  assert.deepEqual(c.events(0), [{ offsetNs: 1000, name: 'fetched', attributes: [['objects', 2]] }]);
  assert.equal(c.id(1), '#1');
  assert.deepEqual(c.analysis, analysis);
});
