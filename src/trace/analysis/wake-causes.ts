/**
 * Why each wake-up of a lane happened: a scheduled requeue, an event (a change to a watched
 * object), an error back-off, or unknown. Pure and browser-safe.
 *
 * Stated, where the data says so (the record's `reason`, set by the importers):
 * 'requeue-after' is scheduled (kube-rs `object.reason` "reconciler requested retry", a
 * controller-runtime "Reconcile done, requeueing after" line), 'error-retry' is an error
 * back-off ("error policy requested retry", a "Reconciler error" line), 'object-changed' is an
 * event ("object updated", "related object updated").
 * Inferred from timing, for the rest, in this order:
 * 1. event: the wake-up a change from a `changes:` list is paired with (each change takes the
 *    first wake-up of the lane at or after it that no earlier change took, as the change ->
 *    reconcile latency pairs them), when it follows the change by less than half the lane's
 *    period (or median gap): "soon after a change". The list says when changes happened, not
 *    which wake-up each caused, so this is an inference, and it is labelled as one;
 * 2. scheduled: the gap from the previous wake-up is within 5% of the lane's period;
 * 3. otherwise unknown. Error back-offs are never inferred (their delays grow, no period shows them).
 * Timing cannot tell a scheduled wake-up from an event that happens to come one period later.
 */
import { WAKE_REASONS } from '../model.ts';

/** The causes, in table order; the index is the code in `WakeCauses.cause`. */
export const WAKE_CAUSES = ['scheduled', 'event', 'error', 'unknown'] as const;

/** One cause, e.g. `'scheduled'`. */
export type WakeCause = (typeof WAKE_CAUSES)[number];

/** How many wake-ups had one cause, and how many of those were inferred (the rest were stated). */
export interface CauseCount {
	count: number;
	inferred: number;
}

/** A lane's wake-ups by cause, e.g. `{ scheduled: { count: 340, inferred: 340 }, event: ..., error: ..., unknown: ... }`. */
export type LaneCauses = Record<WakeCause, CauseCount>;

/** Each wake-up's cause code (index into WAKE_CAUSES) and whether it was inferred (1) or stated (0). */
export interface WakeCauses {
	cause: Uint8Array;
	inferred: Uint8Array;
}

/** What the inference needs about a lane. */
export interface CauseInput {
	/** Wake-up starts, ns, ascending. */
	startsNs: ArrayLike<number>;
	/** Each wake-up's reason as an index into WAKE_REASONS (0: none stated). */
	reasons: ArrayLike<number>;
	/** The lane's period in ns, or null when it has none. */
	periodNs: number | null;
	/** The typical gap in ns when there is no period (the median), or null. */
	typicalGapNs: number | null;
	/** Change times, ns on the same axis, ascending (absent: no `changes:` list). */
	changesNs?: ArrayLike<number>;
}

/** Share of the period a gap may differ by and still be "one period after the previous". */
const PERIOD_TOLERANCE = 0.05;
/** A wake-up counts as "soon after a change" below this share of the typical gap. */
const SOON_FACTOR = 0.5;

const SCHEDULED = WAKE_CAUSES.indexOf('scheduled');
const EVENT = WAKE_CAUSES.indexOf('event');
const UNKNOWN = WAKE_CAUSES.indexOf('unknown');
/** The cause each stated reason gives (by its WAKE_REASONS code); -1: none stated. */
const STATED_BY_CODE = WAKE_REASONS.map((r) => ({ unknown: -1, 'requeue-after': SCHEDULED, 'object-changed': EVENT, 'error-retry': WAKE_CAUSES.indexOf('error') })[r]);

/** The cause of every wake-up of a lane, e.g. `wakeCauses({ startsNs, reasons, periodNs: 5e9, typicalGapNs: 5e9 })`. */
export function wakeCauses({ startsNs, reasons, periodNs, typicalGapNs, changesNs }: CauseInput): WakeCauses {
	const n = startsNs.length;
	const cause = new Uint8Array(n).fill(UNKNOWN);
	const inferred = new Uint8Array(n);
	const stated = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		const code = STATED_BY_CODE[reasons[i]] ?? -1;
		if (code === -1) continue;
		cause[i] = code;
		stated[i] = 1;
	}
	const typical = periodNs ?? typicalGapNs;
	if (changesNs && typical !== null) {
		const paired = pairChanges(changesNs, startsNs);
		for (let c = 0; c < paired.length; c++) {
			const i = paired[c];
			if (i === -1 || stated[i] || startsNs[i] - changesNs[c] >= typical * SOON_FACTOR) continue;
			cause[i] = EVENT;
			inferred[i] = 1;
		}
	}
	if (periodNs !== null) {
		for (let i = 1; i < n; i++) {
			if (cause[i] !== UNKNOWN) continue;
			if (Math.abs(startsNs[i] - startsNs[i - 1] - periodNs) <= periodNs * PERIOD_TOLERANCE) {
				cause[i] = SCHEDULED;
				inferred[i] = 1;
			}
		}
	}
	return { cause, inferred };
}

/** Counts causes, e.g. `countCauses(wakeCauses(input)).scheduled.count`. */
export function countCauses({ cause, inferred }: WakeCauses): LaneCauses {
	const counts = Object.fromEntries(WAKE_CAUSES.map((c) => [c, { count: 0, inferred: 0 }])) as LaneCauses;
	for (let i = 0; i < cause.length; i++) {
		const entry = counts[WAKE_CAUSES[cause[i]]];
		entry.count++;
		entry.inferred += inferred[i];
	}
	return counts;
}

/**
 * For each change (ascending), the index of the first wake-up at or after it that no earlier
 * change took, or -1, e.g. `pairChanges([0, 10], [3, 4, 12])` is `[0, 2]`.
 */
export function pairChanges(changesNs: ArrayLike<number>, wakeUpsNs: ArrayLike<number>): Int32Array {
	const paired = new Int32Array(changesNs.length).fill(-1);
	let j = 0;
	for (let c = 0; c < changesNs.length; c++) {
		while (j < wakeUpsNs.length && wakeUpsNs[j] < changesNs[c]) j++;
		if (j < wakeUpsNs.length) paired[c] = j++;
	}
	return paired;
}
