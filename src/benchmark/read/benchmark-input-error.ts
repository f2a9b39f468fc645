/** The one error every benchmark reader throws for bad input; its message reads `file:line: reason`. */

/** Bad benchmark input, e.g. `new BenchmarkInputError('results.jsonl', 'series "duration_direct" is empty', 4)`. */
export class BenchmarkInputError extends Error {
	file: string;
	line?: number;
	reason: string;
	constructor(file: string, reason: string, line?: number) {
		super(`${file}${line === undefined ? '' : `:${line}`}: ${reason}`);
		this.name = 'BenchmarkInputError';
		this.file = file;
		this.line = line;
		this.reason = reason;
	}
}
