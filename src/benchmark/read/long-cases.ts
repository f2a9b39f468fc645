/**
 * Groups samples given one at a time (a long CSV row, a hyperfine result) into cases by x, in the
 * order each x first appears; a case's line is where its first sample is.
 */
import type { RawCase } from './finish-benchmark.ts';

/** Collects `(x, series, samples)` into `RawCase`s, e.g. `new LongCases('resource_count')`. */
export class LongCases {
	private byX = new Map<number, RawCase>();
	private x: string;
	constructor(x: string) {
		this.x = x;
	}
	/** The case of `x`, made at `line` with `fields` when new, e.g. `caseAt(100, 2, { kind_count: 1 })`. */
	caseAt(x: number, line: number, fields: Record<string, unknown> = {}): RawCase {
		let found = this.byX.get(x);
		if (!found) {
			found = { line, values: { [this.x]: x, ...fields } };
			this.byX.set(x, found);
		}
		return found;
	}
	/** Every case so far. */
	list(): RawCase[] {
		return [...this.byX.values()];
	}
}
