/** The thesis's benchmark results committed under content/evaluation/benchmarks/third-party/, against ../shared/ (skipped, with the reason, when that folder is absent). */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { attributionSchema } from '../../../src/attribution/schema.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SHARED = join(ROOT, '..', 'shared', 'benchmarks', 'third-party', 'masters-robbe-haegeman');
const COMMITTED = join(ROOT, 'content', 'evaluation', 'benchmarks', 'third-party');
const ENVIRONMENTS = ['gke_affinity', 'gke_antiaffinity', 'minikube_external', 'minikube_internal'];
const FILES = ENVIRONMENTS.flatMap((env) => ['results_resource_latency.jsonl', 'results_kind_latency.jsonl'].map((name) => `${env}/${name}`));

const skip = existsSync(SHARED) ? false : `third-party benchmark results not found at ${SHARED}`;
if (skip) console.log(`# skipped: ${skip}`);

test('the eight committed result files are byte-identical to the shared copies', { skip }, () => {
	for (const file of FILES) assert.ok(readFileSync(join(COMMITTED, file)).equals(readFileSync(join(SHARED, file))), file);
});

test('each committed result file has a valid sidecar pointing at its permalink, unchanged', () => {
	for (const file of FILES) {
		const sidecar = attributionSchema.parse(parse(readFileSync(join(COMMITTED, `${file}.attribution.yml`), 'utf8')));
		assert.equal(
			sidecar.source,
			`https://github.com/idlab-discover/masters-robbe-haegeman/blob/7dbe4d1c9170d9750c85b58573326ef36a2839d5/poc/benchmark/results/${file}`,
		);
		assert.equal(sidecar.license.spdx, 'Apache-2.0');
		assert.equal(sidecar.author, 'Robbe Haegeman');
		assert.equal(sidecar.modified, false);
	}
});
