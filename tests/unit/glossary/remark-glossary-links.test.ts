import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import remarkGlossaryLinks from '../../../src/plugins/remark-glossary-links.ts';

const dir = mkdtempSync(join(tmpdir(), 'glossary-links-'));
after(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'glossary.md'), '# Glossary\n\n## Reconcile\n\n## Work queue\n\n## RequeueAfter\n');
mkdirSync(join(dir, 'findings'));

/** Runs the plugin on `markdown` as if it were the file at `relPath` in the content folder. */
async function render(markdown: string, relPath: string): Promise<string> {
	const processor = unified().use(remarkParse).use(remarkGfm).use(remarkStringify).use(remarkGlossaryLinks, { contentDir: dir });
	const file = await processor.process({ value: markdown, path: join(dir, relPath) });
	return String(file);
}

test('links the first use with a relative .md link from the page', async () => {
	const out = await render('A reconcile, then another reconcile.\n', 'findings/page.md');
	assert.equal(out, 'A [reconcile](../glossary.md#reconcile), then another reconcile.\n');
});

test('leaves code, links and headings alone, and links the first use in prose after them', async () => {
	const markdown = [
		'# Reconcile',
		'',
		'`reconcile` and [the reconcile](x.md) and',
		'',
		'```',
		'work queue',
		'```',
		'',
		'Then **a reconcile** and the work queue.',
		'',
	].join('\n');
	const out = await render(markdown, 'index.md');
	assert.match(out, /^# Reconcile$/m);
	assert.match(out, /^`reconcile` and \[the reconcile\]\(x\.md\) and$/m);
	assert.match(out, /^```\nwork queue\n```$/m);
	assert.match(out, /\*\*a \[reconcile\]\(glossary\.md#reconcile\)\*\* and the \[work queue\]\(glossary\.md#work-queue\)\./);
});

test('the glossary itself is not linked to itself', async () => {
	const out = await render('A reconcile.\n', 'glossary.md');
	assert.equal(out, 'A reconcile.\n');
});

test('a content folder without a glossary is left as it is', async () => {
	const empty = mkdtempSync(join(tmpdir(), 'no-glossary-'));
	try {
		const file = await unified().use(remarkParse).use(remarkStringify).use(remarkGlossaryLinks, { contentDir: empty }).process({ value: 'A reconcile.\n', path: join(empty, 'a.md') });
		assert.equal(String(file), 'A reconcile.\n');
	} finally {
		rmSync(empty, { recursive: true, force: true });
	}
});
