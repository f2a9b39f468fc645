/**
 * How closely the built site reads like the same Markdown on github.com: renders every Markdown
 * file with cmark-gfm (GitHub's engine) as github.com shows it, compares it with the built page
 * (words in order, counts of headings, lists, tables, code, quotes, alerts, images, links,
 * footnotes, task boxes, emphasis), and prints a score per page, the worst pages and the mean.
 * Usage: npm run parity -- [--check] [--dist <folder>] [--test-sites | <test site> ...]
 *   no site named: the content folder (CONTENT_DIR, else content/) against --dist (SITE_OUT_DIR, else dist/)
 *   --test-sites, or names from tests/e2e/lib/test-sites.ts: those folders against their test builds
 *   --check: exit 1 when a site misses a target; without cmark-gfm, skip (outside CI) instead of failing
 */
import { existsSync } from 'node:fs';
import { testSites } from '../tests/e2e/lib/test-sites.ts';
import { cmarkGfmCommand, cmarkGfmInstallHint, cmarkGfmVersion } from './lib/parity/cmark-gfm.ts';
import { compareSite, type SiteToCompare } from './lib/parity/compare-site.ts';
import { formatSiteReport, missedTargets } from './lib/parity/parity-report.ts';
import { contentDir } from './lib/content-dir.ts';
import { displayPath } from '../src/content-loader/display-path.ts';

const usage = `usage: npm run parity -- [--check] [--dist <folder>] [--test-sites | ${Object.keys(testSites).join('|')} ...]`;

// 1. Check the arguments.
const args = process.argv.slice(2);
const check = take('--check');
const allTestSites = take('--test-sites');
const distAt = args.indexOf('--dist');
const dist = distAt === -1 ? undefined : args.splice(distAt, 2)[1];
if (distAt !== -1 && (!dist || dist.startsWith('-'))) fail(`parity: --dist needs a folder\n${usage}`);
const unknown = args.filter((name) => !(name in testSites));
if (unknown.length > 0) fail(`parity: unknown ${unknown.join(', ')}\n${usage}`);
if ((allTestSites || args.length > 0) && dist) fail(`parity: --dist is for the content folder; test sites have their own builds\n${usage}`);

// 2. GitHub's engine must be there; `--check` on a machine without it (not CI) skips and says why.
const command = cmarkGfmCommand();
const version = cmarkGfmVersion(command);
if (!version) {
	const why = `parity: cannot run ${command} (GitHub's Markdown engine). Get it with: ${cmarkGfmInstallHint}`;
	if (check && !process.env.CI) {
		console.log(`${why}\nparity check SKIPPED: GitHub's rendering cannot be made on this machine (CI installs cmark-gfm and never skips).`);
		process.exit(0);
	}
	fail(why);
}
console.log(`GitHub's side rendered with ${version}`);

// 3. Which content folders against which builds.
const names = allTestSites ? Object.keys(testSites) : args;
const sites: SiteToCompare[] = names.length > 0
	? names.map((name) => ({ name, ...testSites[name as keyof typeof testSites] }))
	: [{ name: 'content', contentDir: displayPath(contentDir()), outDir: dist ?? (process.env.SITE_OUT_DIR || 'dist') }];

// 4. Compare each site and print its report; a site not built yet misses its targets.
const failures: string[] = [];
for (const site of sites) {
	if (!existsSync(site.outDir)) {
		const build = names.length > 0 ? `npm run build:test:all (or node scripts/build-test-sites.ts ${site.name})` : 'npm run build';
		console.error(`\nparity of ${site.name}: ${site.outDir}/ does not exist: build it first with ${build}`);
		failures.push(`${site.name}: not built`);
		continue;
	}
	const result = compareSite(site);
	console.log(`\n${formatSiteReport(result)}`);
	failures.push(...missedTargets(result).map((missed) => `${site.name}: ${missed}`));
}

// 5. With --check, missing a target fails.
if (failures.length > 0) {
	console.error(`\nparity targets missed:\n${failures.map((line) => `  ${line}`).join('\n')}`);
	if (check) process.exit(1);
} else console.log('\nparity: every site meets the targets');

function take(flag: string): boolean {
	const at = args.indexOf(flag);
	if (at !== -1) args.splice(at, 1);
	return at !== -1;
}

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}
