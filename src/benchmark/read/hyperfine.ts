/**
 * hyperfine's `--export-json` output (https://github.com/sharkdp/hyperfine):
 * `{"results": [{"command": "sleep 0.1", "times": [0.1012, ...], "parameters": {"n": "10"}, ...}]}`.
 * Each command is a series and `times` its samples, in seconds (the unit unless the caller gives
 * another). With `--parameter-scan`/`--parameter-list`, `parameters` gives x (`options.x`, else
 * the first parameter; it must be numeric) and the series is the command with the parameter's
 * value written back as `{name}` (`sleep 0.1` with `{"t": "0.1"}` is `sleep {t}`), so one command
 * template is one series across x. Without parameters the run is one case, x `case` = 1. The
 * summary statistics hyperfine writes (`mean`, `stddev`, ...) are ignored: they are recomputed.
 */
import type { BenchmarkData } from '../model.ts';
import { BenchmarkInputError } from './benchmark-input-error.ts';
import type { FileLines } from './file-lines.ts';
import { describe, finishBenchmark, type FinishOptions } from './finish-benchmark.ts';
import { jsonElements } from './json-elements.ts';
import { LongCases } from './long-cases.ts';
import { parseRecord } from './parse-record.ts';

/** Reads hyperfine JSON, e.g. `readHyperfine(fileLines('bench.json'), {}).unit` is `'s'`. */
export function readHyperfine(input: FileLines, options: FinishOptions): BenchmarkData {
	const fail = (reason: string, line: number): never => {
		throw new BenchmarkInputError(input.file, reason, line);
	};
	let cases: LongCases | undefined;
	let x = '';
	const seenAt = new Map<string, number>();
	for (const { text, line } of jsonElements(input.lines(), input.file, 'results')) {
		const { values } = parseRecord(text, input.file, line);
		const command = values.command;
		if (typeof command !== 'string') fail(`a result's "command" is ${describe(command)}, not a string`, line);
		const parameters = (values.parameters ?? {}) as Record<string, unknown>;
		if (typeof parameters !== 'object' || Array.isArray(parameters)) fail(`"parameters" of "${command}" is ${describe(parameters)}, not an object`, line);
		const names = Object.keys(parameters);
		if (!cases) {
			x = options.x ?? names[0] ?? 'case';
			cases = new LongCases(x);
		}
		let series = command as string;
		for (const name of names) series = series.replace(new RegExp(`(?<![\\w.])${escape(String(parameters[name]))}(?![\\w.])`, 'g'), `{${name}}`);
		let xValue = 1;
		if (x !== 'case') {
			if (!(x in parameters)) fail(`result "${command}" has no parameter "${x}"`, line);
			xValue = Number(parameters[x]);
			if (parameters[x] === '' || !Number.isFinite(xValue)) fail(`parameter "${x}" is ${describe(parameters[x])}: x must be numeric`, line);
		}
		const others = Object.fromEntries(names.filter((name) => name !== x).map((name) => [name, parameters[name]]));
		const key = `${xValue}\u0000${series}`;
		const earlier = seenAt.get(key);
		if (earlier !== undefined) fail(`series "${series}" at ${x} ${xValue} again (first at line ${earlier})`, line);
		seenAt.set(key, line);
		if (!('times' in values)) fail(`missing series field "times" of "${command}" (hyperfine writes it with --export-json)`, line);
		cases.caseAt(xValue, line, others).values[series] = values.times;
	}
	if (!cases) fail('no results: the "results" array is empty', 1);
	return finishBenchmark(input.file, 'hyperfine', cases!.list(), { ...options, x, unit: options.unit ?? 's' });
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
