import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const workflows = fileURLToPath(new URL('../../../.github/workflows/', import.meta.url));

interface Step {
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
}
interface Workflow {
	on: Record<string, unknown>;
	permissions?: Record<string, string>;
	concurrency?: { group: string };
	jobs: Record<string, { needs?: string; steps: Step[]; environment?: { name: string } }>;
}

/** Parses a workflow file, failing with the file name when it is not valid YAML. */
function load(file: string): Workflow {
	return parse(readFileSync(workflows + file, 'utf8'), { prettyErrors: true }) as Workflow;
}

/** The index of the first step that uses `action` (any version) or runs `command`. */
function stepIndex(steps: Step[], match: { uses?: string; run?: string }): number {
	return steps.findIndex(
		(step) => (match.uses && step.uses?.startsWith(`${match.uses}@`)) || (match.run && step.run?.includes(match.run)),
	);
}

describe('deploy.yml', () => {
	const workflow = load('deploy.yml');
	const build = workflow.jobs.build.steps;

	test('runs on pushes to main and by hand', () => {
		assert.deepEqual(workflow.on.push, { branches: ['main'] });
		assert.ok('workflow_dispatch' in workflow.on);
	});

	test('has the permissions and concurrency Pages deployments need', () => {
		assert.deepEqual(workflow.permissions, { contents: 'read', pages: 'write', 'id-token': 'write' });
		assert.equal(workflow.concurrency?.group, 'pages');
	});

	test('checks out the full history, so git dates are real', () => {
		const checkout = build[stepIndex(build, { uses: 'actions/checkout' })];
		assert.equal(checkout?.with?.['fetch-depth'], 0);
	});

	test('builds in order: Node from .nvmrc, npm ci, Chromium, build, upload of dist', () => {
		const order = [
			stepIndex(build, { uses: 'actions/setup-node' }),
			stepIndex(build, { run: 'npm ci' }),
			stepIndex(build, { run: 'playwright install --with-deps chromium' }),
			stepIndex(build, { run: 'npm run build' }),
			stepIndex(build, { uses: 'actions/upload-pages-artifact' }),
		];
		assert.ok(order.every((index) => index >= 0), `missing step, indexes ${order}`);
		assert.deepEqual([...order].sort((a, b) => a - b), order);
		assert.equal(build[order[0]].with?.['node-version-file'], '.nvmrc');
		assert.equal(build[order[4]].with?.path, 'dist');
		assert.ok(stepIndex(build, { uses: 'actions/configure-pages' }) >= 0);
	});

	test('deploys after the build to the github-pages environment', () => {
		const deploy = workflow.jobs.deploy;
		assert.equal(deploy.needs, 'build');
		assert.equal(deploy.environment?.name, 'github-pages');
		assert.ok(stepIndex(deploy.steps, { uses: 'actions/deploy-pages' }) >= 0);
	});
});

describe('ci.yml', () => {
	const workflow = load('ci.yml');
	const steps = workflow.jobs.test.steps;

	test('runs npm test on pull requests with full history and Chromium', () => {
		assert.ok('pull_request' in workflow.on);
		assert.equal(steps[stepIndex(steps, { uses: 'actions/checkout' })]?.with?.['fetch-depth'], 0);
		assert.ok(stepIndex(steps, { run: 'playwright install --with-deps chromium' }) >= 0);
		assert.ok(stepIndex(steps, { run: 'npm test' }) > stepIndex(steps, { run: 'npm ci' }));
	});
});
