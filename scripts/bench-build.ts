/**
 * Build benchmark: our site over N synthetic GitHub Markdown notes vs. a plain Starlight site over
 * the same Markdown (with a `title` front matter, which plain Starlight needs). Prints both wall
 * times, the time of each phase Astro reports (content sync, route generation, link previews,
 * Pagefind) and the ratio; the target is ours <= 2x plain. Builds alternate, so a busy machine
 * slows both alike; with --runs > 1 it prints medians and the spread. A benchmark, not a test: it
 * always exits 0 when both builds succeed.
 * Usage: node scripts/bench-build.ts [--notes 100] [--runs 1] [--keep]
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchNotes, type BenchNote } from './lib/bench-notes.ts';
import { writePlainStarlightProject } from './lib/plain-starlight-project.ts';
import { phaseLabels } from './lib/build-phases.ts';
import { timeAstroBuild, type TimedBuild } from './lib/time-astro-build.ts';

const usage = 'usage: node scripts/bench-build.ts [--notes <count, default 100>] [--runs <count, default 1>] [--keep]';
const repo = fileURLToPath(new URL('..', import.meta.url));
const target = 2;

function writeNotes(dir: string, notes: BenchNote[]): void {
	for (const note of notes) {
		mkdirSync(dirname(join(dir, note.path)), { recursive: true });
		writeFileSync(join(dir, note.path), note.markdown);
	}
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// 0. Arguments.
let options: { notes: string; runs: string; keep: boolean };
try {
	options = parseArgs({
		options: {
			notes: { type: 'string', default: '100' },
			runs: { type: 'string', default: '1' },
			keep: { type: 'boolean', default: false },
		},
	}).values as typeof options;
} catch (error) {
	console.error(`${(error as Error).message}\n${usage}`);
	process.exit(2);
}
const count = Number(options.notes);
const runs = Number(options.runs);
if (!Number.isInteger(count) || count < 2 || !Number.isInteger(runs) || runs < 1) {
	console.error(`--notes must be an integer >= 2 and --runs >= 1\n${usage}`);
	process.exit(2);
}

// 1. Generate the synthetic notes into a temporary folder.
const work = mkdtempSync(join(tmpdir(), 'bench-build-'));
const notesDir = join(work, 'notes-synthetic');
const notes = benchNotes(count);
writeNotes(notesDir, notes);

// 2. A plain Starlight project over the same Markdown, in the repository's git-ignored tmp/ so it
//    resolves our installed packages.
mkdirSync(join(repo, 'tmp'), { recursive: true });
const plainWork = mkdtempSync(join(repo, 'tmp', 'bench-build-'));
const plainDir = join(plainWork, 'plain-starlight');
const { dependencies } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
writePlainStarlightProject(plainDir, notes, join(work, 'plain-cache'), dependencies);

// 3. Build both, alternating, each from a cold cache.
console.log(`${count} synthetic notes in ${notesDir}; ${runs} run(s) each\n`);
const ours: TimedBuild[] = [];
const plain: TimedBuild[] = [];
const wall = (builds: TimedBuild[]) => builds.map((build) => build.seconds);
for (let run = 1; run <= runs; run++) {
	rmSync(join(work, 'ours-cache'), { recursive: true, force: true });
	rmSync(join(work, 'plain-cache'), { recursive: true, force: true });
	ours.push(
		timeAstroBuild('our site', [], {
			CONTENT_DIR: notesDir,
			SITE_OUT_DIR: join(work, 'ours-dist'),
			SITE_CACHE_DIR: join(work, 'ours-cache'),
			SITE_BASE: '/',
		}),
	);
	plain.push(timeAstroBuild('plain Starlight', ['--root', plainDir], {}));
	const pair = ours.at(-1)!.seconds / plain.at(-1)!.seconds;
	console.log(`run ${run}: ours ${ours.at(-1)!.seconds.toFixed(1)} s, plain Starlight ${plain.at(-1)!.seconds.toFixed(1)} s (${pair.toFixed(2)}x)`);
}

// 4. Report the phases, the medians with their spread, and the ratio against the target.
const cell = (values: (number | undefined)[]) => {
	const known = values.filter((value): value is number => value !== undefined);
	if (known.length === 0) return '-'.padStart(16);
	const spread = known.length > 1 ? ` (${Math.min(...known).toFixed(1)}-${Math.max(...known).toFixed(1)})` : '';
	return `${median(known).toFixed(1)} s${spread}`.padStart(16);
};
console.log(`\n${'phase (median, range)'.padEnd(26)}${'ours'.padStart(16)}${'plain Starlight'.padStart(16)}`);
for (const [key, label] of phaseLabels) {
	console.log(`${label.padEnd(26)}${cell(ours.map((build) => build.phases[key]))}${cell(plain.map((build) => build.phases[key]))}`);
}
console.log(`${'whole build (wall)'.padEnd(26)}${cell(wall(ours))}${cell(wall(plain))}`);
const ratio = median(wall(ours)) / median(wall(plain));
console.log(`\nour site:        ${median(wall(ours)).toFixed(1)} s (median of ${runs})`);
console.log(`plain Starlight: ${median(wall(plain)).toFixed(1)} s (median of ${runs})`);
console.log(`ratio:           ${ratio.toFixed(2)}x (target <= ${target}x: ${ratio <= target ? 'met' : 'NOT met'})`);

// 5. Clean up unless asked to keep the folder.
if (options.keep) console.log(`kept ${work} and ${plainWork}`);
else for (const dir of [work, plainWork]) rmSync(dir, { recursive: true, force: true });
