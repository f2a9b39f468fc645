/**
 * Turns the records of any reader into `BenchmarkData`, checking what every format shares: the x
 * field (given, else the first numeric field that differs between cases), the series (given, else
 * every array field), each sample a finite non-negative number, no empty series, no x twice.
 * Array fields not among the series the caller named are left out (the caller chose); any other
 * non-scalar field is an error, so nothing is dropped silently.
 */
import type { BenchmarkCase, BenchmarkData, BenchmarkField, BenchmarkFormat } from '../model.ts';
import { BenchmarkInputError } from './benchmark-input-error.ts';

/** One record as read: its line and its fields, e.g. `{ line: 1, values: { resource_count: 0, duration_direct: [12] } }`. */
export interface RawCase {
	line: number;
	values: Record<string, unknown>;
}

/** What the caller may fix instead of the defaults. */
export interface FinishOptions {
	x?: string;
	series?: string[];
	unit?: string;
}

/** The checked data, e.g. `finishBenchmark('a.jsonl', 'jsonl', raws, {}).x` is `'resource_count'`. */
export function finishBenchmark(file: string, format: BenchmarkFormat, raws: RawCase[], options: FinishOptions): BenchmarkData {
	const fail = (reason: string, line?: number): never => {
		throw new BenchmarkInputError(file, reason, line);
	};
	if (raws.length === 0) fail('no cases: the file holds no records', 1);
	const x = options.x ?? defaultX(raws) ?? fail('no numeric field differs between the cases: say which field is x', raws[0].line);
	const series = options.series ?? arrayFields(raws);
	if (series.length === 0) fail('no series: no field holds an array of samples', raws[0].line);
	const firstLineOfX = new Map<number, number>();
	const cases = raws.map(({ line, values }): BenchmarkCase => {
		const xValue = values[x];
		if (typeof xValue !== 'number' || !Number.isFinite(xValue)) fail(`x field "${x}" is ${describe(xValue)}, not a number`, line);
		const xNumber = xValue as number;
		const earlier = firstLineOfX.get(xNumber);
		if (earlier !== undefined) fail(`two cases with ${x} ${xNumber}: this one and the one at line ${earlier}`, line);
		firstLineOfX.set(xNumber, line);
		const samples: Record<string, number[]> = {};
		for (const name of series) samples[name] = checkSamples(values[name], name, line, fail);
		const fields: Record<string, BenchmarkField> = {};
		for (const [key, value] of Object.entries(values)) {
			if (key === x || key in samples || (Array.isArray(value) && options.series)) continue;
			if (value !== null && typeof value === 'object') fail(`field "${key}" is ${describe(value)}: a case holds scalars and arrays of samples only`, line);
			fields[key] = value as BenchmarkField;
		}
		return { x: xNumber, line, fields, series: samples };
	});
	return { file, format, unit: options.unit ?? '', x, series, cases };
}

function checkSamples(value: unknown, name: string, line: number, fail: (reason: string, line?: number) => never): number[] {
	if (value === undefined) return fail(`missing series "${name}"`, line);
	if (!Array.isArray(value)) return fail(`series "${name}" is ${describe(value)}, not an array of samples`, line);
	if (value.length === 0) return fail(`series "${name}" is empty`, line);
	for (let i = 0; i < value.length; i++) {
		const sample = value[i];
		if (typeof sample !== 'number' || !Number.isFinite(sample) || sample < 0)
			fail(`series "${name}", sample ${i + 1}: ${typeof sample === 'number' ? String(sample) : JSON.stringify(sample)} is not a finite non-negative number`, line);
	}
	return value as number[];
}

/** The first field (in the first case's order) that is a number in every case and differs between them; with one case, its first numeric field. */
function defaultX(raws: RawCase[]): string | undefined {
	const numeric = Object.keys(raws[0].values).filter((key) => raws.every((raw) => typeof raw.values[key] === 'number'));
	if (raws.length === 1) return numeric[0];
	return numeric.find((key) => raws.some((raw) => raw.values[key] !== raws[0].values[key]));
}

/** Every field holding an array in some case, in the order they first appear. */
function arrayFields(raws: RawCase[]): string[] {
	const names = new Set<string>();
	for (const { values } of raws) for (const [key, value] of Object.entries(values)) if (Array.isArray(value)) names.add(key);
	return [...names];
}

/** A value's kind for messages, e.g. `a string ("12")`. */
export function describe(value: unknown): string {
	if (value === undefined) return 'missing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'string') return `a string (${JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value)})`;
	return `a ${typeof value} (${String(value)})`;
}
