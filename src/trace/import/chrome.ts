/**
 * Chrome Trace Event format, as chrome://tracing, Perfetto and many profilers write it
 * (https://docs.google.com/document/d/1CvAClvFfyA5R-PhYUmn5OOQtYMH4h6I0nSsKchNAySU).
 *
 * Supported: the JSON array form, including an unterminated array (the format allows a writer to
 * stop without `]`; a partial last event is dropped and counted), and the object form
 * `{"traceEvents": [...]}`; phases `X` (complete; `tdur` used when `dur` is missing), `B`/`E`
 * (matched per pid/tid by name, unbalanced ones counted), `i`/`I` (instants) and `M` metadata
 * `process_name` / `thread_name` for lane names. `ts`/`dur` are microseconds (fractions kept to
 * the ns) and are taken as since the epoch, although many writers use a boot-relative clock.
 * Parents come from nesting within a thread. `args` become attributes, `cat` the `category`.
 * Ignored and counted: every other phase (counters, async, flow, samples, objects) and other
 * metadata; `displayTimeUnit`, stack frames.
 */
import { toAttributeValue } from './attribute-value.ts';
import { lineColumn, type Warnings } from '../../data-input/input-error.ts';
import type { AttributeValue, TraceRecord } from '../model.ts';
import { parseJson } from '../../data-input/parse-json.ts';
import { decimalToNs } from '../../data-input/parse-time.ts';
import { firstOf, isList, isObject, StreamedArray } from '../../data-input/streamed-array.ts';
import type { TextSource } from '../../data-input/text-source.ts';

/** True when a parsed value is a Chrome trace (an event array or `{traceEvents}`). */
export function isChromeTrace(value: unknown): boolean {
	const events = isList(value) ? value : isObject(value) ? value.traceEvents : undefined;
	const first = firstOf(events);
	return isList(events) && isObject(first) && typeof first.ph === 'string';
}

/** True when unparsable text starts like a Chrome event array (it may be unterminated). */
export function looksLikeChromeArray(head: string): boolean {
	return /^\s*\[\s*\{[^{}]*"ph"\s*:/.test(head);
}

/** Imports Chrome trace events; `parsed` is the already parsed document, if any. */
export function importChrome(source: TextSource, warnings: Warnings, parsed?: unknown): TraceRecord[] {
	const value = parsed ?? parseChromeText(source.text(), source.file, warnings);
	const events = isList(value) ? value : isObject(value) ? value.traceEvents : undefined;
	if (!isList(events)) return warnings.fail('expected an array of trace events or {"traceEvents": [...]}', 1, 1);
	// A streamed array is read twice: its metadata events first (cheaply found by their "M"), then all.
	const names = laneNames(events instanceof StreamedArray ? events.matching('"M"') : events, warnings);
	const threads = new Map<string, { index: number; event: Record<string, unknown>; ns: bigint }[]>();
	let index = -1;
	for (const event of events) {
		index++;
		if (!isObject(event) || typeof event.ph !== 'string') {
			warnings.warn('skipped an entry without a "ph" phase');
			continue;
		}
		if (event.ph === 'M') continue;
		if (!'XBEiI'.includes(event.ph) || event.ph.length !== 1) {
			warnings.warn(`ignored events of phase "${event.ph}"`);
			continue;
		}
		const ns = micros(event.ts);
		if (ns === null) {
			warnings.warn('skipped an event without a valid "ts" (microseconds)');
			continue;
		}
		const key = `${event.pid ?? 0}\u0000${event.tid ?? 0}`;
		let list = threads.get(key);
		if (!list) threads.set(key, (list = []));
		list.push({ index, event, ns });
	}
	const records: TraceRecord[] = [];
	for (const [key, list] of threads) {
		const [pid, tid] = key.split('\u0000');
		const lane = `${names.get(`p${pid}`) ?? `pid ${pid}`} / ${names.get(`t${pid}\u0000${tid}`) ?? `tid ${tid}`}`;
		list.sort((a, b) => (a.ns < b.ns ? -1 : a.ns > b.ns ? 1 : a.index - b.index));
		const threadRecords = threadToRecords(list, lane, warnings);
		nestParents(threadRecords);
		records.push(...threadRecords);
	}
	return records;
}

function threadToRecords(
	list: { index: number; event: Record<string, unknown>; ns: bigint }[],
	lane: string,
	warnings: Warnings,
): TraceRecord[] {
	const out: TraceRecord[] = [];
	const open: { index: number; event: Record<string, unknown>; ns: bigint }[] = [];
	const make = (index: number, event: Record<string, unknown>, startNs: bigint, durationNs?: bigint): void => {
		if (typeof event.name !== 'string') warnings.warn('an event has no "name": named "(unnamed)"');
		const attributes: Record<string, AttributeValue> = {};
		if (typeof event.cat === 'string') attributes.category = event.cat;
		if (isObject(event.args)) for (const [k, v] of Object.entries(event.args)) attributes[k] = toAttributeValue(v);
		const record: TraceRecord = {
			id: `e${index}`,
			startNs,
			name: typeof event.name === 'string' ? event.name : '(unnamed)',
			lane,
			attributes,
			events: [],
		};
		if (durationNs !== undefined) record.durationNs = durationNs;
		out.push(record);
	};
	for (const { index, event, ns } of list) {
		if (event.ph === 'X') {
			let dur = event.dur === undefined ? undefined : micros(event.dur);
			if (event.dur === undefined && event.tdur !== undefined) {
				dur = micros(event.tdur);
				warnings.warn('used "tdur" (thread time) for "X" events without "dur"');
			}
			if (dur === undefined || dur === null || dur < 0n) warnings.warn('skipped "X" events with a missing, NaN or negative "dur"');
			else make(index, event, ns, dur);
		} else if (event.ph === 'B') open.push({ index, event, ns });
		else if (event.ph === 'E') {
			const at = typeof event.name === 'string' ? open.findLastIndex((o) => o.event.name === event.name) : open.length - 1;
			if (at === -1) {
				warnings.warn('skipped "E" events that match no open "B" event');
				continue;
			}
			if (at !== open.length - 1) warnings.warn('an "E" event closed a "B" event that was not the innermost open one');
			const [begin] = open.splice(at, 1);
			make(
				begin.index,
				{ ...begin.event, args: { ...(isObject(begin.event.args) ? begin.event.args : {}), ...(isObject(event.args) ? event.args : {}) } },
				begin.ns,
				ns - begin.ns,
			);
		} else make(index, event, ns);
	}
	const lastNs = list.length > 0 ? list[list.length - 1].ns : 0n;
	for (const begin of open) {
		warnings.warn('closed "B" events that never ended at the thread\'s last timestamp');
		make(begin.index, begin.event, begin.ns, lastNs - begin.ns);
	}
	return out;
}

/** Sets each record's parent to the innermost record of the same thread that encloses it. */
function nestParents(records: TraceRecord[]): void {
	const order = [...records].sort((a, b) =>
		a.startNs !== b.startNs ? (a.startNs < b.startNs ? -1 : 1) : Number((b.durationNs ?? 0n) - (a.durationNs ?? 0n)),
	);
	const stack: TraceRecord[] = [];
	for (const r of order) {
		const end = r.startNs + (r.durationNs ?? 0n);
		while (stack.length > 0 && stack[stack.length - 1].startNs + stack[stack.length - 1].durationNs! < end) stack.pop();
		if (stack.length > 0) r.parentId = stack[stack.length - 1].id;
		if (r.durationNs !== undefined) stack.push(r);
	}
}

function laneNames(events: Iterable<unknown>, warnings: Warnings): Map<string, string> {
	const names = new Map<string, string>();
	for (const e of events) {
		if (!isObject(e) || e.ph !== 'M') continue;
		const name = isObject(e.args) && typeof e.args.name === 'string' ? e.args.name : undefined;
		if (e.name === 'process_name' && name) names.set(`p${e.pid ?? 0}`, name);
		else if (e.name === 'thread_name' && name) names.set(`t${e.pid ?? 0}\u0000${e.tid ?? 0}`, name);
		else warnings.warn('ignored metadata events other than process_name and thread_name');
	}
	return names;
}

/** Parses Chrome trace text, closing an unterminated event array (which the format allows). */
export function parseChromeText(text: string, file: string, warnings: Warnings): unknown {
	try {
		return parseJson(text, file);
	} catch (error) {
		if (!looksLikeChromeArray(text)) throw error;
		const end = lastCompleteElement(text);
		const tail = text.slice(end).replace(/^\s*,?\s*/, '');
		const repaired = parseJson(text.slice(0, end) + ']', file);
		warnUnterminatedArray(warnings, tail.length, lineColumn(text, text.length - tail.length));
		return repaired;
	}
}

/** Counts an unterminated event array; `tailLength` characters of a partial last event at `place` were dropped (0: none). */
export function warnUnterminatedArray(warnings: Warnings, tailLength: number, place: { line: number; column: number }): void {
	if (tailLength > 0) warnings.warn(`unterminated event array: dropped a partial last event (${tailLength} characters)`, place.line, place.column);
	else warnings.warn('unterminated event array: closed after the last complete event');
}

/** Offset just after the last complete element of a top-level array, string-aware. */
function lastCompleteElement(text: string): number {
	let depth = 0;
	let end = text.indexOf('[') + 1;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '"') {
			for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
		} else if (c === '{' || c === '[') depth++;
		else if (c === '}' || c === ']') {
			depth--;
			if (depth === 1) end = i + 1;
		}
	}
	return end;
}

function micros(value: unknown): bigint | null {
	if (typeof value === 'number' && Number.isFinite(value)) return decimalToNs(String(value), 3);
	return typeof value === 'string' ? decimalToNs(value, 3) : null;
}

