/**
 * Import benchmark (`npm run bench:import`): how import + analysis of a large OTLP/JSON file
 * compares with a bare JSON.parse of the same file (time and peak memory, each measured in a
 * fresh child process), and how small the serialized form of a 1,000,000-record trace is.
 * Targets from issue 3: time ratio <= 3, peak memory <= 3x the file size, a few MB gzipped.
 *
 *   npm run bench:import [-- --spans 200000]   (200,000 spans is about 70 MB)
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { analyzeTrace } from './trace/analysis.ts';
import { encodeCompact } from './trace/compact.ts';
import { importTraceFile } from './trace/import.ts';
import { syntheticOtlpLines, syntheticTrace } from './trace/synthetic-trace.ts';

const { values } = parseArgs({ options: { spans: { type: 'string', default: '200000' }, child: { type: 'string' }, file: { type: 'string' } } });

if (values.child) measureInChild(values.child, values.file!);
else await main(Number(values.spans));

async function main(spans: number): Promise<void> {
  // 1. Write a large synthetic OTLP/JSON lines file into a temporary folder.
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const file = join(dir, 'reconciles.synthetic.otlp.jsonl');
  try {
    await writeLines(file, syntheticOtlpLines(spans));
    const size = statSync(file).size;
    log(`file: ${spans} spans, ${mb(size)} MB (${file})`);

    // 2. Time and memory of a bare JSON.parse of every line, then of import + analysis, each in a fresh process.
    const parse = child('parse', file);
    const imported = child('import', file);
    log(`JSON.parse:        ${parse.ms.toFixed(0)} ms wall, ${parse.cpuMs.toFixed(0)} ms CPU, peak memory +${mb(parse.peak)} MB`);
    log(`import + analysis: ${imported.ms.toFixed(0)} ms wall, ${imported.cpuMs.toFixed(0)} ms CPU, peak memory +${mb(imported.peak)} MB, ${imported.records} records`);
    // CPU time (all threads, GC included) is the steadier figure on a shared machine.
    log(`ratio time (import + analysis / JSON.parse): ${(imported.ms / parse.ms).toFixed(2)} wall, ${(imported.cpuMs / parse.cpuMs).toFixed(2)} CPU (target <= 3)`);
    log(`ratio peak memory / file size: import ${(imported.peak / size).toFixed(2)} (target <= 3), JSON.parse ${(parse.peak / size).toFixed(2)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // 3. Size of the serialized form of a 1,000,000-record trace.
  const trace = syntheticTrace(1_000_000);
  const started = performance.now();
  const text = encodeCompact(trace, analyzeTrace(trace));
  const encodeMs = performance.now() - started;
  const gz = gzipSync(text, { level: 9 }).length;
  log(`serialized 1,000,000 records: ${mb(text.length)} MB, gzip ${mb(gz)} MB (${(gz / 1e6).toFixed(2)} bytes/record), encode + analysis ${encodeMs.toFixed(0)} ms`);
}

/** Child mode: measure one step and print {ms, peak, records} as JSON. */
function measureInChild(what: string, file: string): void {
  const baseline = process.memoryUsage().rss;
  let ms = 0;
  let records = 0;
  let cpu = process.cpuUsage();
  if (what === 'parse') {
    const text = readFileSync(file, 'utf8');
    cpu = process.cpuUsage();
    const started = performance.now();
    for (let start = 0, end = text.indexOf('\n'); end !== -1; start = end + 1, end = text.indexOf('\n', start)) JSON.parse(text.slice(start, end));
    ms = performance.now() - started;
  } else {
    const started = performance.now();
    const trace = importTraceFile(file);
    analyzeTrace(trace);
    ms = performance.now() - started;
    records = trace.records.length;
  }
  const used = process.cpuUsage(cpu);
  const peak = process.resourceUsage().maxRSS * 1024 - baseline;
  process.stdout.write(JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, peak, records }));
}

function child(what: string, file: string): { ms: number; cpuMs: number; peak: number; records: number } {
  const run = spawnSync(process.execPath, [import.meta.filename, '--child', what, '--file', file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`child ${what} failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

async function writeLines(file: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(file);
  for (const line of lines) if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

function log(line: string): void {
  process.stdout.write(line + '\n');
}
