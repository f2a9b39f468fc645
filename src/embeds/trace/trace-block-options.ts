/**
 * The options of a ```trace block (its YAML body) or of `<TraceViewer>`: parsed, checked, and
 * turned into what the viewer markup needs. Unknown keys and bad values are errors, never
 * ignored.
 */
import { BlockOptionsError, checkKnownKeys, parseBlockYaml } from '../shared/block-yaml.ts';

/** Checked options of one embedded viewer. */
export interface TraceBlockOptions {
	/** Trace file relative to the page, e.g. `./percona-5s.csv`. */
	src: string;
	/** Shown above the viewer; defaults to the file name. */
	title?: string;
	/** Initial window, ns from the first record, e.g. `{ t0: 0, t1: 30e9 }`. */
	window?: { t0: number; t1: number };
	/** Lanes to show, in order (default: all). */
	lanes?: string[];
	/** Maximum timeline height in CSS px (default 320). */
	height?: number;
	/**
	 * Change times paired with the trace, relative to the page, e.g. `./changetimes5.csv`: the
	 * change -> reconcile latency, and wake-ups soon after a change count as event-driven.
	 */
	changes?: string;
	/** Traces drawn beside `src` on a shared relative time axis, relative to the page, e.g. `['./percona-30s.csv']`. */
	compare?: string[];
}

const KEYS = ['src', 'title', 'window', 'lanes', 'height', 'changes', 'compare'];

/**
 * Parses the YAML body of a ```trace block.
 * @param yaml e.g. `"src: ./percona-5s.csv\ntitle: Percona\nwindow: 0s..30s\n"`
 */
export function parseTraceBlock(yaml: string): TraceBlockOptions {
	const { data, lineOf } = parseBlockYaml(yaml, 'trace');
	return checkTraceOptions(data, lineOf);
}

/**
 * Checks options given as an object (parsed YAML or component props); a bad value is reported at its key's line.
 * @param lineOf the line of a key inside the block, from `parseBlockYaml` (none for component props)
 */
export function checkTraceOptions(raw: unknown, lineOf: (key: string) => number | undefined = () => undefined): TraceBlockOptions {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new BlockOptionsError('a trace block must be a YAML mapping with at least `src: <file>`');
	const data = raw as Record<string, unknown>;
	checkKnownKeys(data, KEYS, lineOf);
	const fail = (message: string, key: string) => new BlockOptionsError(message, lineOf(key));
	if (typeof data.src !== 'string' || data.src.trim() === '') throw fail('`src` is required: the trace file, relative to the page', 'src');
	const options: TraceBlockOptions = { src: data.src.trim() };
	if (data.title !== undefined) {
		if (typeof data.title !== 'string') throw fail('`title` must be text', 'title');
		options.title = data.title;
	}
	if (data.window !== undefined) {
		try {
			options.window = parseWindow(data.window);
		} catch (error) {
			throw fail((error as Error).message, 'window');
		}
	}
	if (data.lanes !== undefined) {
		const lanes = typeof data.lanes === 'string' ? [data.lanes] : data.lanes;
		if (!Array.isArray(lanes) || lanes.length === 0 || !lanes.every((l) => typeof l === 'string')) throw fail('`lanes` must be a lane name or a list of lane names', 'lanes');
		options.lanes = lanes;
	}
	if (data.height !== undefined) {
		if (typeof data.height !== 'number' || !(data.height >= 80 && data.height <= 2000)) throw fail('`height` must be a number of pixels between 80 and 2000', 'height');
		options.height = data.height;
	}
	if (data.changes !== undefined) {
		if (typeof data.changes !== 'string' || data.changes.trim() === '') throw fail('`changes` must be a file of change times, relative to the page, e.g. `./changetimes.csv`', 'changes');
		options.changes = data.changes.trim();
	}
	if (data.compare !== undefined) {
		const files = typeof data.compare === 'string' ? [data.compare] : data.compare;
		if (!Array.isArray(files) || files.length === 0 || !files.every((f) => typeof f === 'string' && f.trim() !== '')) throw fail('`compare` must be a trace file or a list of trace files, relative to the page', 'compare');
		options.compare = files.map((f: string) => f.trim());
		// Change times belong to one trace; which of the compared ones would be a guess.
		if (options.changes !== undefined) throw fail('`changes` cannot be combined with `compare`: pair the change times in a block of their own', 'changes');
	}
	return options;
}

/**
 * Reads an initial window: `"10s..40s"` or `[10s, 40s]`; bare numbers are seconds.
 * @param raw e.g. `"1.5s..2m"` -> `{ t0: 1.5e9, t1: 120e9 }`
 */
export function parseWindow(raw: unknown): { t0: number; t1: number } {
	const parts = typeof raw === 'string' ? raw.split('..') : Array.isArray(raw) ? raw : [];
	if (parts.length !== 2) throw new BlockOptionsError('`window` must be `<start>..<end>` or `[<start>, <end>]`, e.g. `0s..30s`');
	const [t0, t1] = parts.map(parseDurationNs);
	if (!(t1 > t0)) throw new BlockOptionsError(`\`window\` must end after it starts (got ${parts.join('..')})`);
	return { t0, t1 };
}

/** A duration in ns from `"250ms"`, `"1.5s"`, `"2m"`, `"1h"`, `"300us"`, `"10ns"` or a number of seconds. */
export function parseDurationNs(value: unknown): number {
	if (typeof value === 'number' && Number.isFinite(value)) return value * 1e9;
	const m = typeof value === 'string' ? /^\s*(-?\d+(?:\.\d+)?)\s*(ns|us|µs|ms|s|m|min|h)?\s*$/.exec(value) : null;
	if (!m) throw new BlockOptionsError(`cannot read the duration ${JSON.stringify(value)} (use e.g. 250ms, 1.5s, 2m)`);
	const scale: Record<string, number> = { ns: 1, us: 1e3, µs: 1e3, ms: 1e6, s: 1e9, m: 6e10, min: 6e10, h: 3.6e12 };
	return Number(m[1]) * scale[m[2] ?? 's'];
}
