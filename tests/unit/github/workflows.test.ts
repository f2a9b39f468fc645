import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { load, stepIndex, type Workflow } from './workflow-file.ts';

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

describe('publish-notes.yml', () => {
	const workflow = load('publish-notes.yml');
	const build = workflow.jobs.build.steps;
	const checkouts = build.filter((step) => step.uses?.startsWith('actions/checkout@'));
	const buildStep = build[stepIndex(build, { run: 'npm run build' })];

	test('can be called from the notes repository and run by hand, with the repository, branch and folder as inputs', () => {
		for (const trigger of ['workflow_call', 'workflow_dispatch']) {
			const inputs = workflow.on[trigger]?.inputs ?? {};
			assert.equal(inputs['notes-repository']?.required, true, `${trigger}: notes-repository`);
			assert.equal(inputs['notes-branch']?.default, 'main', `${trigger}: notes-branch`);
			assert.equal(inputs['notes-folder']?.default, '', `${trigger}: notes-folder`);
			assert.equal(inputs.links?.default, 'fail', `${trigger}: broken links stay fatal unless asked`);
		}
		// Called, it cannot tell which repository it lives in, so the caller names the site's code.
		assert.equal(workflow.on.workflow_call?.inputs?.['site-repository']?.required, true);
	});

	test("checks out this site's code, and the notes repository with its full history beside it", () => {
		assert.equal(checkouts.length, 2);
		const [site, notes] = checkouts;
		assert.equal(site.with?.path, 'site');
		assert.match(String(site.with?.repository), /inputs\.site-repository \|\| github\.repository/);
		assert.equal(notes.with?.repository, '${{ inputs.notes-repository }}');
		assert.equal(notes.with?.ref, '${{ inputs.notes-branch }}');
		assert.equal(notes.with?.path, 'notes');
		assert.equal(notes.with?.['fetch-depth'], 0);
	});

	test('builds the site in its folder with CONTENT_DIR on the notes folder, at the Pages address', () => {
		assert.equal(buildStep?.['working-directory'], 'site');
		assert.equal(buildStep?.env?.CONTENT_DIR, '${{ github.workspace }}/notes/${{ inputs.notes-folder }}');
		assert.equal(buildStep?.env?.SITE_URL, '${{ steps.pages.outputs.origin }}');
		assert.equal(buildStep?.env?.SITE_BASE, '${{ steps.pages.outputs.base_path }}');
		assert.equal(buildStep?.env?.LINKS, '${{ inputs.links }}');
		// Edit links and permalinks must name the notes repository: its checkout's origin does, SITE_REPO_URL would override it.
		assert.equal(buildStep?.env?.SITE_REPO_URL, undefined);
		const order = [
			stepIndex(build, { uses: 'actions/setup-node' }),
			stepIndex(build, { run: 'npm ci' }),
			stepIndex(build, { run: 'playwright install --with-deps chromium' }),
			stepIndex(build, { uses: 'actions/configure-pages' }),
			stepIndex(build, { run: 'npm run build' }),
			stepIndex(build, { uses: 'actions/upload-pages-artifact' }),
		];
		assert.ok(order.every((index) => index > build.indexOf(checkouts[1])), `steps out of order: ${order}`);
		assert.deepEqual([...order].sort((a, b) => a - b), order);
		assert.equal(build[order[0]].with?.['node-version-file'], 'site/.nvmrc');
		assert.equal(build[order[5]].with?.path, 'site/dist');
	});

	test('deploys to GitHub Pages as deploy.yml does, one deployment at a time', () => {
		assert.deepEqual(workflow.permissions, { contents: 'read', pages: 'write', 'id-token': 'write' });
		assert.equal(workflow.concurrency?.group, 'pages');
		assert.equal(workflow.jobs.deploy.needs, 'build');
		assert.equal(workflow.jobs.deploy.environment?.name, 'github-pages');
		assert.ok(stepIndex(workflow.jobs.deploy.steps, { uses: 'actions/deploy-pages' }) >= 0);
	});
});

describe('the caller workflow the contributor guide tells researchers to copy', () => {
	const guide = readFileSync(new URL('../../../content/contributing/running-testing-deploying.md', import.meta.url), 'utf8');
	const section = guide.slice(guide.indexOf('## Publish notes that live in their own repository'));
	const block = section.match(/```yaml\n([\s\S]*?)```/)?.[1];
	const caller = parse(block ?? '') as Workflow & { jobs: { publish: { uses: string; with: Record<string, unknown> } } };
	const called = load('publish-notes.yml').on.workflow_call?.inputs ?? {};

	test('calls publish-notes.yml with inputs it declares, every required one given', () => {
		assert.ok(block, 'no yaml block under "Publish notes that live in their own repository"');
		assert.match(caller.jobs.publish.uses, /^[^/]+\/[^/]+\/\.github\/workflows\/publish-notes\.yml@\S+$/);
		const given = Object.keys(caller.jobs.publish.with);
		for (const name of given) assert.ok(name in called, `${name} is not an input of publish-notes.yml`);
		for (const [name, input] of Object.entries(called)) if (input.required) assert.ok(given.includes(name), `${name} is required`);
		assert.equal(caller.jobs.publish.with['notes-repository'], '${{ github.repository }}');
	});

	test('grants what the Pages deployment needs', () => {
		assert.deepEqual(caller.permissions, { contents: 'read', pages: 'write', 'id-token': 'write' });
	});
});
