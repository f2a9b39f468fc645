/**
 * The layering the folders promise: `scripts/` may import `src/`, never the other way round, and
 * the modules of `src/` import each other without cycles (a cycle makes load order matter).
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
