/**
 * Generates the SYNTHETIC example traces shown on the trace write-up page, and the 5 s / 30 s
 * requeue pair compared on the findings page "Where the 5 s comes from", from a stated model
 * (scripts/lib/synthetic-reconcile-model.ts). Deterministic: the same model gives the same bytes.
 * Usage: npm run traces:synthetic [-- --force]   (CONTENT_DIR chooses the content folder)
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, tracesFolder } from './lib/content-dir.ts';
import { displayPath } from '../src/content-loader/display-path.ts';
import { formatOtlpJson } from './lib/format-otlp-json.ts';
import { formatTimestampList } from './lib/format-timestamp-list.ts';
import { seededRandom } from './lib/seeded-random.ts';
import { defaultModel, reconcileInterval30sModel, simulateReconciles } from './lib/synthetic-reconcile-model.ts';
import { writeNewFile } from './lib/write-new-file.ts';

const generator = 'scripts/make-synthetic-traces.ts';
const args = process.argv.slice(2);
if (args.some((arg) => arg !== '--force')) {
	console.error('usage: npm run traces:synthetic [-- --force]');
	process.exit(1);
}
const force = args.includes('--force');

// 1. Simulate the model, and the same operator with a 30 s requeue delay (the compared pair).
const reconciles = simulateReconciles(defaultModel);
const every30s = simulateReconciles(reconcileInterval30sModel);

// 2. Render both formats; the OTLP ids come from their own seeded sequence.
const folder = join(contentDir(), tracesFolder);
const files = {
	'percona-5s.synthetic.csv': formatTimestampList(reconciles),
	'percona-5s.synthetic.otlp.json': formatOtlpJson(reconciles, seededRandom(defaultModel.seed + 1), {
		serviceName: 'percona-server-mongodb-operator (synthetic model)',
		generator,
	}),
	'percona-30s.synthetic.csv': formatTimestampList(every30s),
};

// 3. Write them: unchanged files are left alone, changed ones only with --force.
for (const [name, text] of Object.entries(files)) {
	const path = join(folder, name);
	const shown = displayPath(path);
	if (existsSync(path)) {
		if (!force) {
			console.log(`${shown}: exists, left as it is (use --force to regenerate)`);
			continue;
		}
		writeFileSync(path, text);
	} else writeNewFile(path, text);
	console.log(`${shown}: wrote ${text.split('\n').length - 1} lines`);
}
const scheduled = reconciles.filter((r) => r.reason === 'scheduled').length;
console.log(`${reconciles.length} synthetic reconciles (${scheduled} scheduled, ${reconciles.length - scheduled} event-driven), seed ${defaultModel.seed}; ${every30s.length} with a 30 s requeue delay`);
