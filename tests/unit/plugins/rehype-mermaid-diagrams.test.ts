/**
 * Mermaid at build time, with a real headless Chromium (as the build uses). The SVG itself is
 * Mermaid's business; checked here is what we add: two themed images named by the diagram's words,
 * and errors with file:line.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { chromiumLaunchOptions } from '../../../src/chromium/find-chromium.ts';
import { rehypeMermaidDiagrams } from '../../../src/plugins/rehype-mermaid-diagrams.ts';
import { fixturesDir } from './render-fixture.ts';

/** Why the browser tests are skipped, or false when a Chromium exists. */
const noBrowser = (() => {
	try {
		chromiumLaunchOptions();
		return false;
	} catch (error) {
		return (error as Error).message;
	}
})();

// One processor for both tests: the diagrams share one browser, as in a build.
const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeMermaidDiagrams).use(rehypeStringify);

/** The distinct alt texts of a page's diagram images. */
function altTexts(html: string): string[] {
	return [...new Set([...html.matchAll(/<img class="mermaid-diagram__(?:light|dark)" [^>]*alt="([^"]*)"/g)].map((match) => match[1]))];
}

async function render(name: string): Promise<string> {
	const path = join(fixturesDir, `${name}.md`);
	return String(await processor.process(new VFile({ path, value: readFileSync(path, 'utf8') })));
}

test('a flowchart becomes a figure with a light and a dark SVG image', { skip: noBrowser }, async () => {
	const html = await render('mermaid-flowchart');
	assert.doesNotMatch(html, /language-mermaid/);
	const images = [...html.matchAll(/<img class="mermaid-diagram__(light|dark)" src="(data:image\/svg\+xml[^"]+)" alt="([^"]+)"/g)];
	assert.deepEqual(images.map((match) => [match[1], match[3]]), [['light', 'Flowchart diagram: Watch, Reconcile'], ['dark', 'Flowchart diagram: Watch, Reconcile']]);
	assert.notEqual(images[0][2], images[1][2], 'the two themes are drawn differently');
	assert.match(html, /^<h1>A Mermaid flowchart<\/h1>\n<figure class="mermaid-diagram">/);
});

test('the alt text lists the node labels, then the edge labels', { skip: noBrowser }, async () => {
	assert.deepEqual(altTexts(await render('mermaid-edge-labels')), ['Flowchart diagram: Watch event, Reconcile, Sleep, changed, unchanged']);
});

test('accTitle and accDescr, when given, are the alt text', { skip: noBrowser }, async () => {
	assert.deepEqual(altTexts(await render('mermaid-accessible-title')), ['Operator lifecycle: The runtime loads the operator on an event and unloads it when idle.']);
});

test('only the light image is indexed for search; the dark one, the same words, is left out', { skip: noBrowser }, async () => {
	const html = (await render('mermaid-flowchart')).replace(/src="data:[^"]*"/g, 'src="data:..."');
	assert.match(html, /<img class="mermaid-diagram__light" src="data:\.\.\." alt="[^"]+" width="\d+(\.\d+)?" height="\d+(\.\d+)?" data-pagefind-index-attrs="alt">/);
	assert.match(html, /<img class="mermaid-diagram__dark" src="data:\.\.\." alt="[^"]+" width="\d+(\.\d+)?" height="\d+(\.\d+)?" data-pagefind-ignore(="")?>/);
});

test('a syntax error names the file and the line of the diagram', { skip: noBrowser }, async () => {
	const file = relative(process.cwd(), join(fixturesDir, 'mermaid-syntax-error.md'));
	await assert.rejects(render('mermaid-syntax-error'), (error: Error) => {
		assert.match(error.message, new RegExp(`^${file.replace(/[.]/g, '\\.')}:5: Mermaid diagram has an error: Parse error`));
		return true;
	});
});

test('a missing Chromium is reported with the file and the fix, only when a page has a diagram', async () => {
	const plugin = rehypeMermaidDiagrams({ launch: () => { throw new Error('No Chromium found. Run `npx playwright install chromium`.'); } });
	const processor = unified().use(remarkParse).use(remarkRehype).use(() => plugin).use(rehypeStringify);
	assert.equal(String(await processor.process(new VFile({ path: '/x/plain.md', value: '# No diagram\n' }))), '<h1>No diagram</h1>');
	await assert.rejects(processor.process(new VFile({ path: '/x/diagram.md', value: '```mermaid\ngraph TD\nA-->B\n```\n' })), /\/x\/diagram\.md: has a Mermaid diagram, which needs Chromium\. No Chromium found\. Run `npx playwright install chromium`\./);
});

test('a page rendered again with the same diagrams reuses them, without Chromium; a changed diagram is drawn', { skip: noBrowser }, async () => {
	// The launch options are read at each browser start: after the first render, no browser can start.
	const launchOptions = { ...chromiumLaunchOptions() };
	const own = unified().use(remarkParse).use(remarkRehype).use(rehypeMermaidDiagrams, { launch: () => launchOptions }).use(rehypeStringify);
	const path = join(fixturesDir, 'mermaid-flowchart.md');
	const source = readFileSync(path, 'utf8');
	const page = async (value: string) => String(await own.process(new VFile({ path, value })));
	const figures = (html: string) => html.match(/<figure class="mermaid-diagram">[\s\S]*?<\/figure>/g);
	const first = await page(source);
	launchOptions.executablePath = '/nonexistent/chromium';
	const again = await page(`${source}\nA new sentence below the diagram.\n`);
	assert.match(again, /A new sentence below the diagram/);
	assert.deepEqual(figures(again), figures(first));
	await assert.rejects(page(source.replace('Reconcile', 'Requeue')), /nonexistent|Executable|chromium/i);
});
