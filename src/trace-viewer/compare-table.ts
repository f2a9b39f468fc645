/**
 * The side-by-side table of a compare block (`compare:`): one column per trace, one row per
 * figure (wake-ups per minute, period, regularity, loaded share, cold starts), and the change of
 * each later trace against the first. An `HtmlNode` tree, so that the build-time overview and
 * the live viewer (re-rendered when the reader changes the unload policy) show the same table,
 * as `summary-table.ts` does for a single trace. Pure, DOM-free.
 *
 * Per trace: wake-ups per minute and cold starts are summed over its lanes; the loaded share is
 * the mean over its lanes (all taken over the same window, its own first to last wake-up); the
 * period and regularity are those of its busiest lane (the most wake-ups).
 */
import { formatMs, type Analysis, type LaneAnalysis } from '../trace/analysis/analysis.ts';
import type { UnloadSummary } from '../trace/analysis/unload-simulation.ts';
import type { CompareSide } from '../trace/compare-traces.ts';
import type { HtmlNode } from './html-node.ts';
import { meanShare } from './mean-share.ts';
import { percent, policyText, rate, row, table } from './summary-table.ts';

/** What the table shows. */
export interface CompareInput {
	/** The combined analysis (`compareAnalyses`). */
	analysis: Analysis;
	/** The traces, in column order. */
	sides: readonly CompareSide[];
	/** Unload figures by lane that replace the analysis' own, e.g. a re-simulation at the reader's policy. */
	unload?: ReadonlyMap<string, UnloadSummary>;
}

/** The figures of one trace. */
export interface SideFigures {
	wakeupsPerMinute: number | null;
	periodMs: number | null;
	regularity: number | null;
	loadedFraction: number | null;
	coldStarts: number;
	wakeUps: number;
}

/** The figures of one side, from its lanes' analyses (see the header for how lanes add up). */
export function sideFigures(lanes: readonly LaneAnalysis[], unload?: ReadonlyMap<string, UnloadSummary>): SideFigures {
	const u = (l: LaneAnalysis) => unload?.get(l.lane) ?? l.unload;
	const busiest = lanes.reduce<LaneAnalysis | undefined>((a, b) => (a && a.records >= b.records ? a : b), undefined);
	const rates = lanes.map((l) => l.wakeupsPerMinute);
	return {
		wakeupsPerMinute: rates.length && rates.every((r) => r !== null) ? rates.reduce((a, b) => a! + b!, 0) : null,
		periodMs: busiest?.period?.ms ?? null,
		regularity: busiest?.period?.regularity ?? null,
		loadedFraction: meanShare(lanes.map((l) => u(l).loadedFraction)),
		coldStarts: lanes.reduce((sum, l) => sum + u(l).coldStarts, 0),
		wakeUps: lanes.reduce((sum, l) => sum + l.records, 0),
	};
}

/**
 * The change from `a` to `b` for people: relative for amounts, e.g. (12, 2) -> "−83%"; in
 * percentage points for shares, e.g. (0.2, 0.05, true) -> "−15 pts"; "–" when either is
 * missing or a relative change from 0.
 */
export function changeText(a: number | null, b: number | null, share = false): string {
	if (a === null || b === null) return '–';
	const delta = share ? Math.round((b - a) * 100) : a === 0 ? NaN : Math.round((b / a - 1) * 100);
	if (Number.isNaN(delta)) return '–';
	const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
	return `${sign}${Math.abs(delta)}${share ? ' pts' : '%'}`;
}

/** The side-by-side table, e.g. `compareTable({ analysis: trace.analysis, sides })`. */
export function compareTable({ analysis, sides, unload }: CompareInput): HtmlNode {
	const byLane = new Map(analysis.lanes.map((l) => [l.lane, l]));
	const figures = sides.map((side) => sideFigures(side.lanes.flatMap((name) => byLane.get(name) ?? []), unload));
	const first = figures[0];
	const later = figures.slice(1);
	const rows: [string, (f: SideFigures) => string, (a: SideFigures, b: SideFigures) => string][] = [
		['Wake-ups/min', (f) => rate(f.wakeupsPerMinute), (a, b) => changeText(a.wakeupsPerMinute, b.wakeupsPerMinute)],
		['Period', (f) => (f.periodMs === null ? 'none' : formatMs(f.periodMs)), (a, b) => changeText(a.periodMs, b.periodMs)],
		['Regularity', (f) => (f.regularity === null ? '–' : percent(f.regularity)), (a, b) => changeText(a.regularity, b.regularity, true)],
		['Loaded', (f) => (f.loadedFraction === null ? '–' : percent(f.loadedFraction)), (a, b) => changeText(a.loadedFraction, b.loadedFraction, true)],
		['Cold starts', (f) => `${f.coldStarts} of ${f.wakeUps}`, (a, b) => changeText(a.coldStarts, b.coldStarts)],
	];
	const policy = sides.length && sides[0].lanes.length ? (unload?.get(sides[0].lanes[0]) ?? byLane.get(sides[0].lanes[0])?.unload) : undefined;
	const spans = sides.map((s) => `${formatMs(s.window.endMs - s.window.startMs)} of ${s.label}`).join(', ');
	const caption = `Side by side: each trace over its own first to last wake-up (${spans}); period and regularity of its busiest lane; loaded share and cold starts simulated (${policy ? policyText(policy) : 'no lanes'}). Changes against ${sides[0]?.label ?? 'the first'}: relative, shares in percentage points.`;
	const head = ['Figure', ...sides.map((s) => s.label), ...sides.slice(1).map((s) => `${s.label} vs ${sides[0].label}`)];
	const body = rows.map(([name, value, change]) => row(name, [...figures.map((f) => value(f)), ...later.map((f) => change(first, f))]));
	return table('tv-compare', caption, head, body);
}
