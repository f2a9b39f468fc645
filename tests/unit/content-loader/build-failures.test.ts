/**
 * Builds that must fail: `astro build` over a fixture content folder, checking the message. These
 * run the real build (a few seconds each) because the point is what a user sees in the terminal.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildFixture } from './build-fixture.ts';

test('broken links fail the build, all of them listed once as file:line', () => {
	const { status, output } = buildFixture('tests/fixtures/broken-links');
	assert.notEqual(status, 0);
	const listed = output.split('\n').filter((line) => /^\S+:\d+: broken link "/.test(line));
	assert.deepEqual(listed.map((line) => line.replace(/ \(.*\)$/, '')), [
		'tests/fixtures/broken-links/README.md:6: broken link "notes/missing.md"',
		'tests/fixtures/broken-links/README.md:7: broken link "notes/fine.md#no-such-heading"',
		'tests/fixtures/broken-links/notes/fine.md:6: broken link "../no-folder/"',
		'tests/fixtures/broken-links/notes/fine.md:7: broken link "../../../../../../../../../../etc/passwd"',
		'tests/fixtures/broken-links/notes/fine.md:9: broken link "../attachments/missing.png"',
		'tests/fixtures/broken-links/notes/raw-html.md:6: broken link "gone.md"',
		'tests/fixtures/broken-links/notes/raw-html.md:9: broken link "../attachments/missing%20mascot.png"',
		'tests/fixtures/broken-links/notes/raw-html.md:12: broken link "dark.png"',
		'tests/fixtures/broken-links/notes/raw-html.md:14: broken link "clip.webm"',
		'tests/fixtures/broken-links/notes/raw-html.md:16: broken link "../notes/gone-unquoted.md"',
		'tests/fixtures/broken-links/notes/raw-html.md:18: broken link "../attachments/missing-unquoted.png"',
	]);
	assert.match(output, /11 problems in the Markdown of tests\/fixtures\/broken-links/);
});

test('a Mermaid syntax error fails the build naming the file and the line of the diagram', () => {
	const { status, output } = buildFixture('tests/fixtures/mermaid-error');
	assert.notEqual(status, 0);
	assert.match(output, /tests\/fixtures\/mermaid-error\/README\.md:5: Mermaid diagram has an error: Parse error/);
});
