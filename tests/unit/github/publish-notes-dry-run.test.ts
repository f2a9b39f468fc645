/**
 * A local dry run of `.github/workflows/publish-notes.yml`: a notes repository of someone else's (a
 * throwaway git repository with a README, a meeting note with a dead link, two authors and a GitHub
 * remote) is built the way the workflow's build step builds it (its `env`, expressions filled in as
 * Actions would, `LINKS=warn` as chosen for an old repository), run by hand in a fork of this site.
 * The pages must name the notes repository and its commit, and the notes' own title and authors,
 * never this project's; the dead link is listed as `file:line` and struck through in Chromium.
 * Slow (one full build), so it is one test.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { chromium } from 'playwright';
import { resolveFile } from '../../../scripts/lib/static-server.ts';
import { chromiumLaunchOptions } from '../../../src/chromium/find-chromium.ts';
import { axeViolations } from '../../e2e/lib/axe.ts';
import { seriousViolations } from '../../e2e/lib/axe-violations.ts';
import { astroBuild } from '../astro-build.ts';
import { commit, git } from '../git/scratch-repo.ts';
import { expandExpressions, load, stepIndex } from './workflow-file.ts';

const workspace = realpathSync(mkdtempSync(join(tmpdir(), 'publish-notes-')));
after(() => rmSync(workspace, { recursive: true, force: true }));

/** The notes repository as actions/checkout leaves it in `<workspace>/notes`: full history, origin remote, branch checked out. */
function checkOutNotes(): { dir: string; sha: string } {
	const dir = join(workspace, 'notes');
	mkdirSync(dir);
	const as = (name: string) => ({ name, email: 'notes@example.org' });
	git(dir, ['init', '-q', '-b', 'main']);
	git(dir, ['remote', 'add', 'origin', 'https://github.com/jane-doe/lab-notes']);
	commit(dir, '2024-03-01T10:00:00Z', {
		'docs/README.md': '# Lab notebook of Jane Doe\n\nWhat I found while testing operators.\n',
		'docs/meetings/2024-03-01.md': '# Meeting 2024-03-01\n\nWe looked at [the plan](plan.md), which was never written.\n\n![the whiteboard](whiteboard.png)\n',
	}, as('Jane Doe'));
	commit(dir, '2024-03-02T10:00:00Z', { 'docs/README.md': '# Lab notebook of Jane Doe\n\nWhat we found while testing operators.\n' }, as('Sam Roe'));
	return { dir, sha: git(dir, ['rev-parse', 'HEAD']).trim() };
}

test('a notes repository built as the workflow builds it names that repository, its commit and its own identity', { timeout: 400_000 }, async () => {
	const notes = checkOutNotes();
	const inputs = { 'notes-repository': 'jane-doe/lab-notes', 'notes-branch': 'main', 'notes-folder': 'docs', links: 'warn' };

	// 1. The workflow's build step, its expressions given the values Actions would give them.
	const steps = load('publish-notes.yml').jobs.build.steps;
	const buildStep = steps[stepIndex(steps, { run: 'npm run build' })];
	const values: Record<string, string> = {
		'github.workspace': workspace,
		'steps.pages.outputs.origin': 'https://jane-doe.github.io',
		'steps.pages.outputs.base_path': '/lab-notes/',
		...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`inputs.${name}`, value])),
	};
	const stepEnv = Object.fromEntries(Object.entries(buildStep.env ?? {}).map(([name, value]) => [name, expandExpressions(String(value), values)]));
	const contentDir = stepEnv.CONTENT_DIR.replace(/\/+$/, '');
	assert.equal(contentDir, join(notes.dir, 'docs'));

	// 2. The build, in a fork of this site run by hand (GITHUB_REPOSITORY is the fork, not the notes).
	const outDir = join(workspace, 'dist');
	const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(GITHUB_|SITE_|CONTENT_DIR$|LINKS$)/.test(name)));
	const build = astroBuild({ ...inherited, ...stepEnv, GITHUB_REPOSITORY: 'example/masters-thesis-fork', SITE_OUT_DIR: outDir, SITE_CACHE_DIR: join(workspace, 'cache') });
	const output = build.output;
	assert.equal(build.status, 0, `astro build failed:\n${output.slice(-4000)}`);

	// 3. The build says where the identity came from, and lists the dead links as warnings.
	for (const line of [
		`title: "Lab notebook of Jane Doe" from ${contentDir}/README.md H1`,
		`authors: Jane Doe, Sam Roe from the git history of ${contentDir} (most commits first)`,
		`licence: none, no CITATION.cff in ${contentDir} or at the root of its repository`,
		`repository: https://github.com/jane-doe/lab-notes from the "origin" remote of ${notes.dir}`,
		`${contentDir}/meetings/2024-03-01.md:3: broken link "plan.md"`,
		`${contentDir}/meetings/2024-03-01.md:5: broken link "whiteboard.png"`,
	]) {
		assert.ok(output.includes(line), `the build output lacks: ${line}\n${output.slice(-4000)}`);
	}

	// 4. Edit links, permalinks and citations name the notes repository, its commit and its people.
	const html = readFileSync(join(outDir, 'meetings/2024-03-01/index.html'), 'utf8');
	const meta = (name: string) => [...html.matchAll(new RegExp(`<meta name="${name}" content="([^"]*)"`, 'g'))].map((match) => match[1]);
	assert.match(html, /<title>Meeting 2024-03-01 \| Lab notebook of Jane Doe<\/title>/);
	assert.ok(html.includes('href="https://github.com/jane-doe/lab-notes/edit/main/docs/meetings/2024-03-01.md"'), 'edit link');
	assert.ok(html.includes(`href="https://github.com/jane-doe/lab-notes/blob/${notes.sha}/docs/meetings/2024-03-01.md"`), 'source permalink at the built commit');
	assert.ok(html.includes(`data-commit="${notes.sha}"`), 'the cite block names the built commit');
	assert.deepEqual(meta('citation_author'), ['Doe, Jane', 'Roe, Sam']);
	assert.deepEqual(meta('citation_publisher'), ['Lab notebook of Jane Doe']);
	assert.deepEqual(meta('citation_public_url'), ['https://jane-doe.github.io/lab-notes/meetings/2024-03-01/']);
	assert.deepEqual(meta('DC.rights'), [], 'the notes state no licence, so none is claimed');
	for (const page of [html, readFileSync(join(outDir, 'credits/index.html'), 'utf8'), readFileSync(join(outDir, 'feed.xml'), 'utf8')]) {
		assert.doesNotMatch(page, /Haegeman|Scheduled wake-ups/, "someone else's notes are not cited as this project");
	}
	assert.match(readFileSync(join(outDir, 'feed.xml'), 'utf8'), /<title>Lab notebook of Jane Doe<\/title>[\s\S]*<author><name>Jane Doe<\/name><\/author>/);

	// 5. In Chromium, the dead link is struck through, titled and named as broken; the page passes axe in both themes.
	const browser = await chromium.launch(chromiumLaunchOptions());
	try {
		// Axe needs a page of its own in the same context; the context serves the built site.
		const context = await browser.newContext();
		await context.route('http://notes.test/**', (route) => {
			const file = resolveFile(outDir, '/lab-notes/', new URL(route.request().url()).pathname);
			return file ? route.fulfill({ path: file }) : route.fulfill({ status: 404, body: 'not found' });
		});
		const page = await context.newPage();
		await page.goto('http://notes.test/lab-notes/meetings/2024-03-01/');
		const link = page.getByRole('link', { name: 'the plan (broken link)' });
		assert.equal(await link.getAttribute('title'), 'Missing target: plan.md does not exist');
		assert.match(await link.evaluate((element) => getComputedStyle(element).textDecorationLine), /line-through/);
		const image = page.locator('[data-broken-link="whiteboard.png"]');
		assert.equal(await image.textContent(), 'the whiteboard (missing image)');
		assert.match(await image.evaluate((element) => getComputedStyle(element).textDecorationLine), /line-through/);
		for (const theme of ['light', 'dark']) {
			await page.evaluate((value) => localStorage.setItem('starlight-theme', value), theme);
			await page.reload();
			assert.equal(await page.locator('html').getAttribute('data-theme'), theme);
			const failing = seriousViolations(await axeViolations(page));
			assert.deepEqual(failing.map((violation) => `${theme}: ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), []);
		}
	} finally {
		await browser.close();
	}
});
