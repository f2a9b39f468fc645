import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPhases } from '../../../scripts/lib/build-phases.ts';

// Lines as `astro build` prints them (Astro 7), shortened to what the reader looks at.
const log = `08:46:25 [content] Syncing content
08:46:43 [content] Synced content
08:46:43 [types] Generated 19.10s
08:46:43 [build] ✓ Completed in 19.68s.
08:46:48 [vite] ✓ built in 5.01s
08:46:48 [vite] ✓ built in 229ms

 generating static routes 
08:48:24   ├─ /credits/index.html (+227ms) 
08:48:25   ├─ /link-previews/findings/synthetic-note-004.json (+13ms) 
08:48:25   └─ /link-previews/index.json (+1.2s) 
08:47:40 ✓ Completed in 51.69s.

08:47:40 [build] ✓ Completed in 57.14s.
08:47:46 [starlight:pagefind] Finished building search index in 6.22s.
`;

test('reads every phase Astro reports, summing the Vite builds and the link-preview routes', () => {
	const phases = buildPhases(log);
	assert.equal(phases.contentSync, 19.1);
	assert.ok(Math.abs(phases.entrypoints! - 5.239) < 1e-9);
	assert.equal(phases.routes, 51.69);
	assert.ok(Math.abs(phases.linkPreviews! - 1.213) < 1e-9);
	assert.equal(phases.pagefind, 6.22);
});

test('leaves out what the log does not show (plain Starlight has no link previews)', () => {
	const phases = buildPhases(log.replace(/.*link-previews.*\n/g, '').replace(/.*pagefind.*\n/g, ''));
	assert.equal(phases.linkPreviews, undefined);
	assert.equal(phases.pagefind, undefined);
	assert.equal(phases.routes, 51.69);
});

test('ignores colour codes', () => {
	assert.equal(buildPhases('\x1b[2m08:46:43\x1b[22m \x1b[34m[types]\x1b[39m Generated \x1b[2m3.50s\x1b[22m').contentSync, 3.5);
});

test('reads minutes as Astro prints them on a slow machine', () => {
	const phases = buildPhases(log.replace('Generated 19.10s', 'Generated 1m 5s').replace('Completed in 51.69s.', 'Completed in 2m 12.5s.'));
	assert.equal(phases.contentSync, 65);
	assert.equal(phases.routes, 132.5);
});
