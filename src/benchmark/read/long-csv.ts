/**
 * A long ("tidy") CSV, one sample a row: a header naming an x column, `series` and `value`, e.g.
 * `resource_count,series,value` then `100,duration_direct,32114`. Further columns are the case's
 * fields (taken from its first row). The x column is `options.x`, else the first column that is
 * neither `series` nor `value`. Blank lines are skipped.
 */
import type { BenchmarkData } from '../model.ts';
import { BenchmarkInputError } from './benchmark-input-error.ts';
import { csvFields } from './csv-fields.ts';
import type { FileLines } from './file-lines.ts';
import { finishBenchmark, type FinishOptions } from './finish-benchmark.ts';
import { LongCases } from './long-cases.ts';

/** Reads a long CSV, e.g. `readLongCsv(fileLines('results.csv'), { unit: 'ms' })`. */
export function readLongCsv(input: FileLines, options: FinishOptions): BenchmarkData {
	const fail = (reason: string, line: number): never => {
		throw new BenchmarkInputError(input.file, reason, line);
	};
	let header: string[] | undefined;
	let xColumn = -1;
	let seriesColumn = -1;
	let valueColumn = -1;
	let cases: LongCases | undefined;
	for (const { text, number } of input.lines()) {
		if (text.trim() === '') continue;
		const row = csvFields(text);
		if (!Array.isArray(row)) fail(row.error, number);
		const cells = row as string[];
		if (!header) {
			header = cells;
			seriesColumn = header.indexOf('series');
			valueColumn = header.indexOf('value');
			xColumn = options.x === undefined ? header.findIndex((_, i) => i !== seriesColumn && i !== valueColumn) : header.indexOf(options.x);
			if (seriesColumn === -1 || valueColumn === -1 || xColumn === -1)
				fail(`a long CSV needs a header with an x column, "series" and "value" (got "${text}")`, number);
			cases = new LongCases(header[xColumn]);
			continue;
		}
		if (cells.length !== header.length) fail(`${cells.length} columns, the header has ${header.length}`, number);
		const x = Number(cells[xColumn]);
		if (cells[xColumn] === '' || !Number.isFinite(x)) fail(`x "${cells[xColumn]}" (column "${header[xColumn]}") is not a number`, number);
		const value = Number(cells[valueColumn]);
		if (cells[valueColumn] === '' || !Number.isFinite(value) || value < 0)
			fail(`series "${cells[seriesColumn]}": "${cells[valueColumn]}" is not a finite non-negative number`, number);
		const fields = Object.fromEntries(header.map((name, i) => [name, scalar(cells[i])]).filter((_, i) => i !== xColumn && i !== seriesColumn && i !== valueColumn));
		const { values } = cases!.caseAt(x, number, fields);
		((values[cells[seriesColumn]] ??= []) as number[]).push(value);
	}
	if (!header) fail('empty file: no header', 1);
	return finishBenchmark(input.file, 'long-csv', cases!.list(), { ...options, x: header![xColumn] });
}

/** A cell as a number when it reads as one, e.g. `scalar('1')` is `1`, `scalar('gke')` is `'gke'`. */
function scalar(cell: string): string | number {
	return cell !== '' && Number.isFinite(Number(cell)) ? Number(cell) : cell;
}
