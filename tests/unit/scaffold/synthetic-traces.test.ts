import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { formatTimestampList, isoNanos } from '../../../scripts/lib/format-timestamp-list.ts';
import { defaultModel, reconcileInterval30sModel, simulateReconciles } from '../../../scripts/lib/synthetic-reconcile-model.ts';
import { repoRoot, runScript } from './run-script.ts';

const content = mkdtempSync(join(tmpdir(), 'synthetic-'));
after(() => rmSync(content, { recursive: true, force: true }));
const names = ['percona-5s.synthetic.csv', 'percona-5s.synthetic.otlp.json', 'percona-30s.synthetic.csv'];

test('the committed example traces are exactly what the script generates', () => {
	const result = runScript('make-synthetic-traces.ts', [], { CONTENT_DIR: content });
	assert.equal(result.status, 0, result.stderr);
	for (const name of names) {
		const generated = readFileSync(join(content, 'reconcile_testing_operators/traces', name), 'utf8');
		const committed = readFileSync(join(repoRoot, 'content/reconcile_testing_operators/traces', name), 'utf8');
		assert.ok(generated === committed, `${name} differs from a fresh run: run npm run traces:synthetic -- --force`);
	}
	// A second run leaves existing files alone.
	assert.match(runScript('make-synthetic-traces.ts', [], { CONTENT_DIR: content }).stdout, /exists, left as it is/);
});

test('the model: every scheduled reconcile starts 5 s plus run time plus jitter after the previous one', () => {
	const reconciles = simulateReconciles(defaultModel);
	const scheduled = reconciles.filter((r) => r.reason === 'scheduled');
	assert.equal(reconciles.length - scheduled.length, defaultModel.eventCount);
	for (let i = 1; i < scheduled.length; i++) {
		const gapMs = Number(scheduled[i].startNs - scheduled[i - 1].endNs) / 1e6;
		assert.ok(gapMs >= defaultModel.requeueAfterMs && gapMs < defaultModel.requeueAfterMs + 1000, `gap ${i} is ${gapMs} ms`);
	}
	const sorted = reconciles.every((r, i) => i === 0 || reconciles[i - 1].startNs <= r.startNs);
	assert.ok(sorted, 'records are in start order');
});

test('the 30 s model differs from the default only in its requeue delay: same events, a sixth of the scheduled reconciles', () => {
	const events = (model: typeof defaultModel) => simulateReconciles(model).filter((r) => r.reason === 'event');
	assert.deepEqual(events(reconcileInterval30sModel), events(defaultModel));
	const scheduled = (model: typeof defaultModel) => simulateReconciles(model).filter((r) => r.reason === 'scheduled').length;
	const ratio = scheduled(defaultModel) / scheduled(reconcileInterval30sModel);
	assert.ok(ratio > 5 && ratio < 6, `ratio ${ratio}`);
	const gaps = simulateReconciles(reconcileInterval30sModel).filter((r) => r.reason === 'scheduled');
	for (let i = 1; i < gaps.length; i++) assert.ok(Number(gaps[i].startNs - gaps[i - 1].endNs) / 1e6 >= 30_000);
});

test('another seed gives another trace', () => {
	const a = formatTimestampList(simulateReconciles(defaultModel));
	const b = formatTimestampList(simulateReconciles({ ...defaultModel, seed: defaultModel.seed + 7 }));
	assert.notEqual(a, b);
});

test('timestamps keep nanoseconds', () => {
	assert.equal(isoNanos(1731920400123456789n), '2024-11-18T09:00:00.123456789Z');
	assert.equal(isoNanos(1731920400000000001n), '2024-11-18T09:00:00.000000001Z');
});
