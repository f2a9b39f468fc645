/**
 * The printed report of `npm run parity` and its targets: for each site the mean, every page's
 * score, the worst pages with what differs, the pages below target and the files not compared.
 */
import type { PageResult, SiteParity } from './compare-site.ts';

/** The targets of issue 9: a site's mean score and its lowest page. */
export const parityTargets = { mean: 0.99, lowest: 0.95 };

/**
 * The mean score of a site's pages; `undefined` when it has none.
 * @param site e.g. a site with pages scoring 1 and 0.98 -> 0.99
 */
export function meanScore(site: Pick<SiteParity, 'pages'>): number | undefined {
	if (site.pages.length === 0) return undefined;
	return site.pages.reduce((sum, page) => sum + page.score, 0) / site.pages.length;
}

/**
 * Which targets a site misses, as sentences; empty when it meets them.
 * @param site e.g. pages scoring 1 and 0.9 -> `['mean 0.950 is below 0.99', '1 page below 0.95: content/a.md']`
 */
export function missedTargets(site: Pick<SiteParity, 'pages'>): string[] {
	const mean = meanScore(site);
	if (mean === undefined) return ['no page was compared'];
	const missed: string[] = [];
	if (mean < parityTargets.mean) missed.push(`mean ${figure(mean)} is below ${parityTargets.mean}`);
	const low = site.pages.filter((page) => page.score < parityTargets.lowest);
	if (low.length > 0) missed.push(`${low.length} page${low.length === 1 ? '' : 's'} below ${parityTargets.lowest}: ${low.map((page) => page.file).join(', ')}`);
	return missed;
}

/**
 * The report of one site.
 * @param site e.g. `compareSite({ name: 'main', contentDir: 'content', outDir: 'dist' })`
 * @param worst how many of the lowest pages to explain, e.g. 5
 */
export function formatSiteReport(site: SiteParity, worst = 5): string {
	const mean = meanScore(site);
	const lines = [`parity of ${site.name}: ${site.contentDir}/ on GitHub against ${site.outDir}/ (${site.pages.length} page${site.pages.length === 1 ? '' : 's'} compared)`];
	const missed = missedTargets(site);
	lines.push(`  mean ${mean === undefined ? '-' : figure(mean)} (target >= ${parityTargets.mean}), lowest ${mean === undefined ? '-' : figure(Math.min(...site.pages.map((page) => page.score)))} (target >= ${parityTargets.lowest}): ${missed.length === 0 ? 'meets the targets' : `MISSES: ${missed.join('; ')}`}`);
	const byScore = [...site.pages].sort((a, b) => a.score - b.score || (a.file < b.file ? -1 : 1));
	lines.push('  every page:');
	for (const page of [...site.pages].sort((a, b) => (a.file < b.file ? -1 : 1))) lines.push(`    ${figure(page.score)}  ${page.file}`);
	const explained = byScore.filter((page) => page.score < 1).slice(0, worst);
	lines.push(explained.length === 0 ? '  no page differs' : `  the ${explained.length} lowest, with what differs:`);
	for (const page of explained) lines.push(...explain(page));
	const low = byScore.filter((page) => page.score < parityTargets.lowest);
	lines.push(`  below ${parityTargets.lowest}: ${low.length === 0 ? 'none' : low.map((page) => page.file).join(', ')}`);
	for (const { file, reason } of site.notCompared) lines.push(`  not compared: ${file} (${reason})`);
	return lines.join('\n');
}

/** A score as printed: rounded down, so only a page without differences shows 1.000. */
function figure(score: number): string {
	return (Math.floor(score * 1000) / 1000).toFixed(3);
}

function explain(page: PageResult, most = 8): string[] {
	const lines = [`    ${figure(page.score)}  ${page.file}`];
	if (page.problem) return [...lines, `           ${page.problem}`];
	const { words, structure, differences } = page.parity!;
	lines.push(`           words ${figure(words)}, structure ${figure(structure)}`);
	for (const difference of differences.slice(0, most)) lines.push(`           ${difference}`);
	if (differences.length > most) lines.push(`           … and ${differences.length - most} more`);
	return lines;
}
