/**
 * Adds a trace file to the site: checks it with the importer, copies it into
 * <content>/reconcile_testing_operators/traces/ (never overwriting), and prints the block to embed it.
 * Usage: npm run new:trace -- <file> [--name <slug>]   (CONTENT_DIR chooses the content folder)
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkTrace } from './lib/check-trace.ts';
import { contentDir, tracesFolder } from './lib/content-dir.ts';
import { displayPath } from '../src/content-loader/display-path.ts';
import { traceBlock, traceTargetName } from './lib/trace-target-name.ts';
import { FileExistsError, writeNewFile } from './lib/write-new-file.ts';

const usage = 'usage: npm run new:trace -- <trace file> [--name <slug>]';

// 1. Check the arguments.
let parsed;
try {
	parsed = parseArgs({ allowPositionals: true, options: { name: { type: 'string' } } });
} catch (error) {
	fail(`new:trace: ${(error as Error).message}\n${usage}`);
}
const [file, ...extra] = parsed.positionals;
if (!file || extra.length > 0) fail(usage);
const source = resolve(file);
if (!existsSync(source) || !statSync(source).isFile()) fail(`new:trace: ${file}: no such file`);
const target = traceTargetName(source, parsed.values.name);
if (typeof target !== 'string') fail(`new:trace: ${target.error}`);

// 2. Read it with the importer: a file the site cannot import is not copied.
let summary;
try {
	summary = await checkTrace(source);
} catch (error) {
	fail(`new:trace: cannot read ${file} as a trace; nothing was copied.\n${(error as Error).message}`);
}

// 3. Copy it into the traces folder, refusing to overwrite.
const destination = join(contentDir(), tracesFolder, target);
try {
	writeNewFile(destination, readFileSync(source));
} catch (error) {
	if (error instanceof FileExistsError) fail(`new:trace: ${error.message}`);
	throw error;
}

// 4. Say what happened and print the block to paste.
console.log(`Copied ${file} to ${displayPath(destination)}
Format: ${summary.format}, ${summary.records} records. ${summary.headline}`);
for (const warning of summary.warnings) console.log(`warning: ${warning}`);
console.log(`
Paste this block into a page in ${displayPath(join(contentDir(), tracesFolder, '..'))}/ to embed it:

${traceBlock(target, target.includes('synthetic') ? `${target} (synthetic)` : target)}
`);

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}
