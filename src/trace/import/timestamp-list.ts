/**
 * Plain timestamp lists: one wake-up per line, the format the research's traces really use
 * (no spec; samples in idlab-discover/wasm-operator, see ../shared/traces/third-party/SOURCES.md).
 *
 * Supported lines: CSV with or without a header row (the first column is the time; a header
 * such as `reconsile_dates` [sic] names the records, other columns become attributes);
 * ISO 8601 / RFC 3339 (`2023-01-17T13:45:57.861Z`); `2023-05-12 11:52:20.338366696` without a
 * zone, read as UTC (warned once, with the count); Go's `fmt.Println(time.Now())` output
 * (`2024-11-04 10:01:02.123456789 +0100 CET m=+5.001`, the monotonic `m=` reading kept as the
 * `go.monotonic` attribute); any of these prefixed by `kubectl logs --timestamps`. With that
 * prefix the time printed by the program is used (it is when the program ran; the prefix is
 * when the container runtime read the line, after buffering) and the prefix is kept as the
 * `kubectl.time` attribute; a line with only the prefix and text uses the prefix time.
 * Zone offsets are converted to UTC; several different zones in one file are warned about.
 * Lane: the file name. Every other line is skipped and counted.
 */
import type { Warnings } from '../../data-input/input-error.ts';
import type { AttributeValue, TraceRecord } from '../model.ts';
import { nsToIso, parseTimestamp, type ParsedTime } from '../../data-input/parse-time.ts';
import type { TextSource } from '../../data-input/text-source.ts';

const KUBECTL_PREFIX = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})) (?=\S)/;

/** True when one of the first two non-empty lines of `head` is a timestamp line. */
export function isTimestampList(head: string): boolean {
	const lines = head
		.split('\n')
		.map((l) => l.replace(/\r$/, ''))
		.filter((l) => l.trim() !== '')
		.slice(0, 2);
	return lines.some((l) => readTime(l) !== null);
}

/** Imports a timestamp list, streaming its lines. */
export function importTimestampList(source: TextSource, warnings: Warnings): TraceRecord[] {
	const records: TraceRecord[] = [];
	const zones = new Set<string>();
	let header: string[] | null = null;
	let seenData = false;
	for (const line of source.lines()) {
		if (line.text.trim() === '') continue;
		const read = readTime(line.text);
		if (!read) {
			if (!seenData && header === null) header = splitCsv(line.text);
			else warnings.warn('skipped lines that hold no timestamp', line.number, 1);
			seenData = true;
			continue;
		}
		seenData = true;
		const { time, prefix, columns, message } = read;
		if (time.zone === null) warnings.warn('times without a zone are read as UTC', line.number, 1);
		zones.add(offsetOf(time.zone));
		const attributes: Record<string, AttributeValue> = {};
		if (time.monotonic) attributes['go.monotonic'] = time.monotonic;
		if (prefix) attributes['kubectl.time'] = nsToIso(prefix.ns);
		columns.forEach((value, i) => (attributes[header?.[i + 1] || `column${i + 2}`] = value));
		if (message) attributes.message = message;
		records.push({
			id: `${source.file}#${line.number}`,
			startNs: time.ns,
			name: header?.[0] || 'timestamp',
			lane: source.file,
			attributes,
			events: [],
		});
	}
	if (zones.size > 1) warnings.warn(`times are written in several zones (${[...zones].sort().join(', ')}); all converted to UTC`);
	if (records.length === 0) warnings.fail('no timestamp lines found', 1, 1);
	return records;
}

/** The time of a line and what follows it (CSV columns after the first, or log text). */
function readTime(text: string): { time: ParsedTime; prefix?: ParsedTime; columns: string[]; message?: string } | null {
	const k = KUBECTL_PREFIX.exec(text);
	if (k) {
		const prefix = parseTimestamp(k[1])!;
		const after = text.slice(k[0].length);
		const printed = parseTimestamp(after);
		const message = (printed ? after.slice(printed.length) : after).trim();
		return { time: printed ?? prefix, prefix, columns: [], ...(message ? { message } : {}) };
	}
	const unquoted = text.replace(/^\s*"([^"]*)"/, '$1').trimStart();
	const time = parseTimestamp(unquoted);
	if (!time) return null;
	const rest = unquoted.slice(time.length);
	if (!/^\s*(,|;|\t|$)/.test(rest)) return null;
	return { time, columns: splitCsv(rest.replace(/^\s*[,;\t]/, '')) };
}

function splitCsv(text: string): string[] {
	if (text.trim() === '' && !/[,;\t]/.test(text)) return [];
	return text.split(/[,;\t]/).map((f) => f.trim().replace(/^"(.*)"$/, '$1'));
}

function offsetOf(zone: string | null): string {
	if (zone === null || zone === 'Z' || zone === 'UTC') return '+00:00';
	const m = /^([+-]\d{2}):?(\d{2})/.exec(zone)!;
	return `${m[1]}:${m[2]}`;
}
