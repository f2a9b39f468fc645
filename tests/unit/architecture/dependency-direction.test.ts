/**
 * The layering the folders promise: `scripts/` may import `src/`, never the other way round, and
 * the modules of `src/` import each other without cycles (a cycle makes load order matter), and
 * only the Markdown configuration loads the plugins (what the content loader shares with them, the
 * GitHub rules and the embedded kinds, lives in `src/github-markdown/` and `src/embeds/`).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const src = join(root, 'src');

/** Every relative import of a source file, resolved to a path relative to the repository. */
function relativeImports(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1]);
	return specifiers.map((s) => relative(root, resolve(dirname(file), s)));
}

const sources = readdirSync(src, { recursive: true, encoding: 'utf8' })
	.filter((name) => /\.(ts|mjs|astro)$/.test(name))
	.map((name) => join(src, name));

test('no module under src/ imports scripts/', () => {
	const offending = sources.flatMap((file) => relativeImports(file).filter((target) => target.startsWith('scripts/')).map((target) => `${relative(root, file)} -> ${target}`));
	assert.deepEqual(offending, []);
});

test('src/plugins/ holds plugins only: nothing but the Markdown configuration imports it', () => {
	const offending = sources
		.filter((file) => !relative(root, file).startsWith('src/plugins/') && relative(root, file) !== 'src/config/markdown.ts')
		.flatMap((file) => relativeImports(file).filter((target) => target.startsWith('src/plugins/')).map((target) => `${relative(root, file)} -> ${target}`));
	assert.deepEqual(offending, []);
});

test('the modules under src/ import each other without cycles', () => {
	const graph = new Map(sources.map((file) => [relative(root, file), relativeImports(file)]));
	const cycles: string[] = [];
	const state = new Map<string, 'open' | 'done'>();
	const visit = (node: string, path: string[]) => {
		if (state.get(node) === 'done') return;
		if (state.get(node) === 'open') {
			cycles.push([...path.slice(path.indexOf(node)), node].join(' -> '));
			return;
		}
		state.set(node, 'open');
		for (const next of graph.get(node) ?? []) if (graph.has(next)) visit(next, [...path, node]);
		state.set(node, 'done');
	};
	for (const node of graph.keys()) visit(node, []);
	assert.deepEqual(cycles, []);
});
