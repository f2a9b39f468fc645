/** The error and warning plumbing shared by every importer and reader of data files. */

/** A recoverable problem: what was skipped or repaired, where, and how many times. */
export interface ImportWarning {
	file: string;
	line?: number;
	column?: number;
	reason: string;
	count: number;
}

/** Bad input that cannot be recovered; the message reads `file:line:col: reason`. */
export class TraceInputError extends Error {
	file: string;
	line?: number;
	column?: number;
	reason: string;
	/** E.g. `new TraceInputError('trace.json', 'unexpected end of input', 3, 14)`. */
	constructor(file: string, reason: string, line?: number, column?: number) {
		super(`${file}${line === undefined ? '' : `:${line}`}${line === undefined || column === undefined ? '' : `:${column}`}: ${reason}`);
		this.name = 'TraceInputError';
		this.file = file;
		this.line = line;
		this.column = column;
		this.reason = reason;
	}
}

/** Collects warnings, one entry per reason, counting repeats and keeping the first place. */
export class Warnings {
	file: string;
	private byReason = new Map<string, ImportWarning>();
	/** E.g. `new Warnings('trace.json')`. */
	constructor(file: string) {
		this.file = file;
	}
	/** Counts one occurrence of `reason`, e.g. `warn('skipped a span with a negative duration', 12, 3)`. */
	warn(reason: string, line?: number, column?: number): void {
		const known = this.byReason.get(reason);
		if (known) known.count++;
		else {
			const w: ImportWarning = { file: this.file, reason, count: 1 };
			if (line !== undefined) w.line = line;
			if (column !== undefined) w.column = column;
			this.byReason.set(reason, w);
		}
	}
	/** Like `warn`, but finds the place only for the first occurrence (finding it may be slow). */
	warnAt(reason: string, place: () => { line: number; column: number } | undefined): void {
		if (this.byReason.has(reason)) return this.warn(reason);
		const p = place();
		this.warn(reason, p?.line, p?.column);
	}
	/** Remembers the counts so far; the returned function puts them back (for input that is read again). */
	save(): () => void {
		const counts = new Map([...this.byReason].map(([reason, w]) => [reason, w.count]));
		return () => {
			for (const [reason, w] of this.byReason) {
				const count = counts.get(reason);
				if (count === undefined) this.byReason.delete(reason);
				else w.count = count;
			}
		};
	}
	/** Throws the fatal error for this file. */
	fail(reason: string, line?: number, column?: number): never {
		throw new TraceInputError(this.file, reason, line, column);
	}
	/** All warnings in the order they first happened. */
	list(): ImportWarning[] {
		return [...this.byReason.values()];
	}
}

/** 1-based line and column of a character offset, e.g. `lineColumn('a\nbc', 3)` is `{ line: 2, column: 2 }`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
		line++;
		lineStart = i + 1;
	}
	return { line, column: offset - lineStart + 1 };
}

/** Line and column of the first `needle` in `text` (e.g. a span id in quotes), or undefined. */
export function placeOf(text: string, needle: string): { line: number; column: number } | undefined {
	const at = text.indexOf(needle);
	return at === -1 ? undefined : lineColumn(text, at);
}
