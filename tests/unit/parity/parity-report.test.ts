/** The targets and the printed report of npm run parity, on results made by hand. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SiteParity } from '../../../scripts/lib/parity/compare-site.ts';
import { formatSiteReport, meanScore, missedTargets } from '../../../scripts/lib/parity/parity-report.ts';

const parity = (score: number, differences: string[] = []) => ({ score, words: score, structure: score, differences });
const site: SiteParity = {
	name: 'main',
	contentDir: 'content',
	outDir: 'dist',
	pages: [
		{ file: 'content/a.md', score: 1, parity: parity(1) },
		{ file: 'content/b.md', score: 0.9996, parity: parity(0.9996, ['links: github 12, site 11']) },
		{ file: 'content/c.md', score: 0, problem: 'missing from the build: no dist/c/index.html' },
	],
	notCompared: [{ file: 'content/d.mdx', reason: 'MDX is code' }],
};

test('targets: the mean and the lowest page', () => {
	assert.equal(meanScore({ pages: [] }), undefined);
	assert.deepEqual(missedTargets({ pages: [{ file: 'a.md', score: 1 }, { file: 'b.md', score: 0.99 }] }), []);
	assert.deepEqual(missedTargets({ pages: [{ file: 'a.md', score: 1 }, { file: 'b.md', score: 0.9 }] }), ['mean 0.950 is below 0.99', '1 page below 0.95: b.md']);
	assert.deepEqual(missedTargets({ pages: [] }), ['no page was compared']);
});

test('the report: mean, every page, the lowest with what differs, pages below target, files not compared', () => {
	assert.equal(formatSiteReport(site), `parity of main: content/ on GitHub against dist/ (3 pages compared)
  mean 0.666 (target >= 0.99), lowest 0.000 (target >= 0.95): MISSES: mean 0.666 is below 0.99; 1 page below 0.95: content/c.md
  every page:
    1.000  content/a.md
    0.999  content/b.md
    0.000  content/c.md
  the 2 lowest, with what differs:
    0.000  content/c.md
           missing from the build: no dist/c/index.html
    0.999  content/b.md
           words 0.999, structure 0.999
           links: github 12, site 11
  below 0.95: content/c.md
  not compared: content/d.mdx (MDX is code)`);
});
