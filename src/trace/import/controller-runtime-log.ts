/**
 * controller-runtime / zap JSON logs: one JSON object per line, as a Kubebuilder or
 * Operator SDK manager logs with the zap JSON encoder, optionally prefixed by
 * `kubectl logs --timestamps` (keys: https://github.com/kubernetes-sigs/controller-runtime/blob/main/pkg/internal/controller/controller.go,
 * encoder: https://pkg.go.dev/go.uber.org/zap/zapcore#EncoderConfig).
 *
 * Supported: `ts` as epoch seconds (digits read from the source text, so no float rounding) or
 * RFC 3339; `controller`, `namespace`, `name` (or `request: "ns/name"`, or an object value with
 * `name`/`namespace`), `reconcileID`; messages "Reconciling" (start), "Reconcile done",
 * "Reconcile successful", "Reconcile done, requeueing after 5s" (end) and "Reconciler error"
 * (end, with `error`). Start and end are paired by reconcileID into one record with a duration
 * and an `outcome` attribute. The reconcile that follows a requeue of the same object (no sooner
 * than 90% of the delay) gets reason 'requeue-after'; one that follows an error, 'error-retry'.
 * Lane: `<controller> <namespace>/<name>`.
 * controller-runtime logs the start and done lines only at V(5), so a log may hold only some
 * lines: an end without a start, or a start without an end, becomes an instant (counted).
 * Ignored and counted: every other line.
 */
import { toAttributeValue } from './attribute-value.ts';
import { goDurationNs } from '../../data-input/go-duration.ts';
import type { Warnings } from '../../data-input/input-error.ts';
import type { AttributeValue, TraceRecord } from '../model.ts';
import { parseJson } from '../../data-input/parse-json.ts';
import { parseTimestamp, secondsToNs } from '../../data-input/parse-time.ts';
import type { SourceLine, TextSource } from '../../data-input/text-source.ts';

const KUBECTL_PREFIX = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})) (?=\{)/;
const START = /^(Reconciling|Starting reconcil)/i;
const DONE = /^Reconcile (done|successful|succeeded|finished)/i;
const ERROR = /^Reconciler error/i;
const KEYS_SHOWN = new Set(['level', 'ts', 'msg', 'logger', 'controller', 'namespace', 'name', 'reconcileID', 'caller', 'stacktrace']);

/** True when the first line of `head` is a zap JSON log entry (with `ts` and `msg`), maybe kubectl-prefixed. */
export function isControllerRuntimeLog(head: string): boolean {
	const first = head
		.replace(/^\s*\n/, '')
		.split('\n', 1)[0]
		.replace(KUBECTL_PREFIX, '');
	return /^\s*\{/.test(first) && /"ts"\s*:/.test(first) && /"msg"\s*:/.test(first);
}

interface Open {
	id: string;
	startNs: bigint;
	lane: string;
	attributes: Record<string, AttributeValue>;
}

/** Imports a controller-runtime JSON log, streaming its lines. */
export function importControllerRuntimeLog(source: TextSource, warnings: Warnings): TraceRecord[] {
	const records: TraceRecord[] = [];
	const open = new Map<string, Open>();
	for (const line of source.lines()) {
		if (line.text.trim() === '') continue;
		const entry = readLine(line, source.file, warnings);
		if (!entry) continue;
		const { ns, fields } = entry;
		const msg = typeof fields.msg === 'string' ? fields.msg : '';
		const kind = START.test(msg) ? 'start' : DONE.test(msg) ? 'done' : ERROR.test(msg) ? 'error' : null;
		if (!kind) {
			warnings.warn('ignored log lines that neither start nor end a reconcile', line.number);
			continue;
		}
		const rid = typeof fields.reconcileID === 'string' && fields.reconcileID !== '' ? fields.reconcileID : undefined;
		const lane = laneOf(fields);
		const attributes = attributesOf(fields);
		if (kind === 'start') {
			if (rid && open.has(rid)) {
				const earlier = open.get(rid)!;
				warnings.warn('a reconcileID started again before it ended: the earlier start is kept as an instant', line.number);
				records.push(instant({ ...earlier, id: `${earlier.id}#${line.number}` }, 'no end line'));
			}
			const o: Open = { id: rid ?? `${source.file}#${line.number}`, startNs: ns, lane, attributes };
			if (rid) open.set(rid, o);
			else {
				warnings.warn('start lines without a reconcileID cannot be paired: kept as instants', line.number);
				records.push(instant(o, 'no reconcileID'));
			}
			continue;
		}
		const outcome = kind === 'error' ? `error: ${String(fields.error ?? msg)}` : outcomeOf(msg);
		const begin = rid ? open.get(rid) : undefined;
		if (!begin) {
			warnings.warn('reconciles without a start line (logged only at V(5)): kept as instants at their end', line.number);
			records.push(instant({ id: rid ?? `${source.file}#${line.number}`, startNs: ns, lane, attributes }, outcome));
			continue;
		}
		open.delete(rid!);
		if (ns < begin.startNs) {
			warnings.warn('a reconcile ends before it starts (negative duration): kept as an instant', line.number);
			records.push(instant(begin, outcome));
			continue;
		}
		records.push({
			id: begin.id,
			startNs: begin.startNs,
			durationNs: ns - begin.startNs,
			name: 'reconcile',
			lane: begin.lane,
			attributes: { ...begin.attributes, ...attributes, outcome },
			events: [],
		});
	}
	for (const o of open.values()) {
		warnings.warn('reconciles without an end line: kept as instants at their start');
		records.push(instant(o, 'no end line'));
	}
	markRetries(records);
	return records;
}

function readLine(line: SourceLine, file: string, warnings: Warnings): { ns: bigint; fields: Record<string, unknown> } | null {
	const prefix = KUBECTL_PREFIX.exec(line.text);
	const json = prefix ? line.text.slice(prefix[0].length) : line.text;
	if (!json.trimStart().startsWith('{')) {
		warnings.warn('skipped lines that are not JSON objects', line.number, 1);
		return null;
	}
	const fields = parseJson(json, file, line.number - 1);
	if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
		warnings.warn('skipped lines that are not JSON objects', line.number, 1);
		return null;
	}
	const record = fields as Record<string, unknown>;
	let ns: bigint | null = null;
	if (typeof record.ts === 'number') ns = secondsToNs(/"ts"\s*:\s*(-?[\d.eE+-]+)/.exec(json)?.[1] ?? String(record.ts));
	else if (typeof record.ts === 'string') ns = parseTimestamp(record.ts)?.ns ?? secondsToNs(record.ts);
	if (ns === null && prefix) ns = parseTimestamp(prefix[1])!.ns;
	if (ns === null) {
		warnings.warn('skipped log lines without a valid "ts"', line.number, 1);
		return null;
	}
	return { ns, fields: record };
}

function laneOf(fields: Record<string, unknown>): string {
	const controller =
		typeof fields.controller === 'string' ? fields.controller : typeof fields.logger === 'string' ? fields.logger : 'controller';
	let namespace = typeof fields.namespace === 'string' ? fields.namespace : undefined;
	let name = typeof fields.name === 'string' ? fields.name : undefined;
	if (name === undefined && typeof fields.request === 'string')
		[namespace, name] = fields.request.includes('/') ? fields.request.split('/', 2) : [undefined, fields.request];
	if (name === undefined)
		for (const v of Object.values(fields))
			if (typeof v === 'object' && v !== null && typeof (v as Record<string, unknown>).name === 'string') {
				name = (v as Record<string, string>).name;
				namespace = (v as Record<string, string>).namespace;
				break;
			}
	return `${controller} ${namespace ? `${namespace}/` : ''}${name ?? '(no object)'}`;
}

function attributesOf(fields: Record<string, unknown>): Record<string, AttributeValue> {
	const out: Record<string, AttributeValue> = {};
	for (const [k, v] of Object.entries(fields)) if (!KEYS_SHOWN.has(k) && k !== 'error') out[k] = toAttributeValue(v);
	if (typeof fields.controller === 'string') out.controller = fields.controller;
	return out;
}

function outcomeOf(msg: string): string {
	const after = /requeueing after (\S+)/i.exec(msg);
	if (after) return `requeue-after ${after[1]}`;
	return /requeu/i.test(msg) ? 'requeue' : 'done';
}

function instant(o: Open, outcome: string): TraceRecord {
	return { id: o.id, startNs: o.startNs, name: 'reconcile', lane: o.lane, attributes: { ...o.attributes, outcome }, events: [] };
}

/** Gives each reconcile the reason its predecessor in the same lane announced (requeue or error). */
function markRetries(records: TraceRecord[]): void {
	const sorted = [...records].sort((a, b) => (a.startNs < b.startNs ? -1 : a.startNs > b.startNs ? 1 : 0));
	const last = new Map<string, TraceRecord>();
	for (const r of sorted) {
		const previous = last.get(r.lane);
		last.set(r.lane, r);
		if (!previous) continue;
		const outcome = String(previous.attributes.outcome ?? '');
		const endNs = previous.startNs + (previous.durationNs ?? 0n);
		if (outcome.startsWith('error')) r.reason = 'error-retry';
		else if (outcome.startsWith('requeue')) {
			const delay = goDurationNs(outcome.split(' ')[1] ?? '0s') ?? 0n;
			if ((r.startNs - endNs) * 10n >= delay * 9n) r.reason = 'requeue-after';
		}
	}
}
