/**
 * The model behind the synthetic example traces: an operator whose every reconcile asks to be
 * called again after a fixed delay (as `RequeueAfter` does), plus a few reconciles caused by
 * changes to the watched object. It is a model, not a measurement.
 */
import { exponential, seededRandom, uniform } from './seeded-random.ts';

/** What makes the model; every field has the default used for the committed example files. */
export type ReconcileModel = {
	/** Seed of the pseudo-random generator, e.g. `20241104`. */
	seed: number;
	/** First reconcile start, ISO 8601 UTC, e.g. `2024-11-18T09:00:00Z`. */
	start: string;
	/** Length of the simulated run in seconds, e.g. `1800`. */
	durationS: number;
	/** The requested delay between the end of a reconcile and the next one, e.g. `5000`. */
	requeueAfterMs: number;
	/** Mean extra delay before a due request is picked up (exponential), e.g. `40`. */
	queueJitterMeanMs: number;
	/** Shortest and longest time a reconcile runs (uniform), e.g. `[60, 320]`. */
	reconcileMs: [number, number];
	/** How many event-driven reconciles (object changes) fall in the run, e.g. `8`. */
	eventCount: number;
};

/** The defaults used for `content/reconcile_testing_operators/traces/percona-5s.synthetic.*`. */
export const defaultModel: ReconcileModel = {
	seed: 20241104,
	start: '2024-11-18T09:00:00Z',
	durationS: 1800,
	requeueAfterMs: 5000,
	queueJitterMeanMs: 40,
	reconcileMs: [60, 320],
	eventCount: 8,
};

/**
 * The same operator with `RECONCILE_INTERVAL=30s` (the Percona operator's setting for its requeue
 * delay since e9bf5d6), for `percona-30s.synthetic.csv`: only the delay differs.
 */
export const reconcileInterval30sModel: ReconcileModel = { ...defaultModel, requeueAfterMs: 30_000 };

/** Why a simulated reconcile ran. */
export type WakeReason = 'scheduled' | 'event';

/** One simulated reconcile: start and end in nanoseconds since the Unix epoch. */
export type SyntheticReconcile = { startNs: bigint; endNs: bigint; reason: WakeReason };

const nsPerMs = 1_000_000n;

/**
 * Simulates the model and returns its reconciles, sorted by start time.
 * @param model e.g. `defaultModel`
 */
export function simulateReconciles(model: ReconcileModel): SyntheticReconcile[] {
	const random = seededRandom(model.seed);
	const startNs = BigInt(Date.parse(model.start)) * nsPerMs;
	const endOfRunNs = startNs + BigInt(model.durationS) * 1000n * nsPerMs;
	const ms = (value: number) => BigInt(Math.round(value * 1_000_000));
	const runTime = () => ms(uniform(random, model.reconcileMs[0], model.reconcileMs[1]));

	// The scheduled chain: each reconcile ends, then the next one is due requeueAfter later.
	const reconciles: SyntheticReconcile[] = [];
	for (let at = startNs; at < endOfRunNs; ) {
		const endNs = at + runTime();
		reconciles.push({ startNs: at, endNs, reason: 'scheduled' });
		at = endNs + BigInt(model.requeueAfterMs) * nsPerMs + ms(exponential(random, model.queueJitterMeanMs));
	}

	// Event-driven reconciles at random moments; the model leaves the scheduled chain as it is.
	// They draw from a sequence of their own (seed + 2; seed + 1 makes the OTLP ids), so two
	// models that differ only in the requeue delay get the same events.
	const events = seededRandom(model.seed + 2);
	for (let i = 0; i < model.eventCount; i++) {
		const at = startNs + ms(uniform(events, 0, model.durationS * 1000));
		reconciles.push({ startNs: at, endNs: at + ms(uniform(events, model.reconcileMs[0], model.reconcileMs[1])), reason: 'event' });
	}
	return reconciles.sort((a, b) => (a.startNs < b.startNs ? -1 : a.startNs > b.startNs ? 1 : 0));
}
