/**
 * The numbers table of one viewer, as an `HtmlNode` tree, so that the build-time overview
 * (`src/embeds/trace/trace-block-markup.ts`, for readers without JavaScript) and the live viewer
 * (re-rendered when the reader changes the unload policy) show the same table. Two tables:
 * the top wakers (lane, wake-ups per minute, share of all wake-ups, period, regularity, causes),
 * busiest first as powertop lists processes, and the unload simulation per lane. Pure, DOM-free.
 */
import type { Analysis, LaneAnalysis } from '../trace/analysis/analysis.ts';
import { formatMs } from '../trace/analysis/analysis.ts';
import type { UnloadPolicy, UnloadSummary } from '../trace/analysis/unload-simulation.ts';
import { WAKE_CAUSES, type LaneCauses } from '../trace/analysis/wake-causes.ts';
import { hn, type HtmlNode } from './html-node.ts';

/** What the tables show. */
export interface SummaryInput {
	analysis: Analysis;
	/** Lanes to show (default all), e.g. a block's `lanes:` option. */
	lanes?: readonly string[];
	/** Unload figures by lane that replace the analysis' own, e.g. a re-simulation at the reader's policy. */
	unload?: ReadonlyMap<string, UnloadSummary>;
}

/** Both tables in one `div.tv-summary`, e.g. `summaryTables({ analysis: trace.analysis })`. */
export function summaryTables(input: SummaryInput): HtmlNode {
	return hn('div', { class: 'tv-summary' }, [topWakersTable(input), unloadTable(input)]);
}

/** The top-wakers table, busiest lane first. */
export function topWakersTable({ analysis, lanes }: SummaryInput): HtmlNode {
	const byLane = new Map(analysis.lanes.map((l) => [l.lane, l]));
	const rows = analysis.topWakers
		.filter((w) => !lanes || lanes.includes(w.lane))
		.map((w) => {
			const lane = byLane.get(w.lane)!;
			return row(w.lane, [
				rate(w.wakeupsPerMinute),
				percent(w.share),
				w.periodMs === null ? 'none' : formatMs(w.periodMs),
				w.regularity === null ? '–' : percent(w.regularity),
				causesText(lane.causes, lane.records),
			]);
		});
	const minutes = (analysis.window.endMs - analysis.window.startMs) / 60_000;
	const caption = `Top wakers: wake-ups per minute over the ${formatMs(minutes * 60_000)} from the first to the last wake-up, busiest first. Causes marked "inferred" come from timing, the others are stated by the data.`;
	return table('tv-top-wakers', caption, ['Lane', 'Wake-ups/min', 'Share of wake-ups', 'Period', 'Regularity', 'Causes'], rows);
}

/** The unload simulation per lane, in the order of the top wakers. */
export function unloadTable({ analysis, lanes, unload }: SummaryInput): HtmlNode {
	const byLane = new Map(analysis.lanes.map((l) => [l.lane, l]));
	const shown = analysis.topWakers.map((w) => byLane.get(w.lane)!).filter((l) => !lanes || lanes.includes(l.lane));
	const figures = (l: LaneAnalysis) => unload?.get(l.lane) ?? l.unload;
	const rows = shown.map((l) => {
		const u = figures(l);
		return row(l.lane, [
			u.loadedFraction === null ? '–' : percent(u.loadedFraction),
			rate(u.reloadsPerMinute),
			`${u.coldStarts} of ${l.records}`,
			u.prediction ? `${u.predictionHits} hit, ${u.predictionMisses} missed` : 'off',
		]);
	});
	const policy = shown.length > 0 ? figures(shown[0]) : undefined;
	const caption = `What the wasm-operator's host would do with these wake-ups (simulation${policy ? `: ${policyText(policy)}` : ''}).`;
	return table('tv-unload', caption, ['Lane', 'Loaded', 'Reloads/min', 'Cold starts', 'Predictions'], rows);
}

/**
 * The policy in words, e.g. "unload after 1000 ms idle, reload 1000 ms before the predicted
 * wake-up, stay 1000 ms past it, prediction on".
 */
export function policyText(p: UnloadPolicy): string {
	if (!p.prediction) return `unload after ${p.idleMs} ms idle, prediction off`;
	return `unload after ${p.idleMs} ms idle, reload ${p.leadMs} ms before the predicted wake-up, stay ${p.graceMs} ms past it, prediction on`;
}

/**
 * The causes that occur, largest first, e.g. "scheduled 97% (inferred), unknown 3%"; a
 * partly inferred cause says how many, e.g. "event 2% (3 of 6 inferred)".
 */
export function causesText(causes: LaneCauses, records: number): string {
	if (records === 0) return '–';
	return WAKE_CAUSES.filter((c) => causes[c].count > 0)
		.sort((a, b) => causes[b].count - causes[a].count)
		.map((c) => {
			const { count, inferred } = causes[c];
			const note = inferred === 0 ? '' : inferred === count ? ' (inferred)' : ` (${inferred} of ${count} inferred)`;
			return `${c} ${percent(count / records)}${note}`;
		})
		.join(', ');
}

/** A share as a percentage for people, e.g. 0.2 -> "20%", 0.3125 -> "31.3%", 0.001 -> "0.1%". */
export function percent(share: number): string {
	const p = share * 100;
	if (p > 0 && p < 0.1) return '<0.1%';
	return `${Number.isInteger(Math.round(p * 10) / 10) ? Math.round(p) : (Math.round(p * 10) / 10).toFixed(1)}%`;
}

/** A per-minute rate, e.g. 11.5234 -> "11.5"; null (no window) -> "–". */
export function rate(perMinute: number | null): string {
	return perMinute === null ? '–' : perMinute.toFixed(1);
}

/** A body row: a row header and data cells, e.g. `row('operator', ['11.5', '20%'])`. */
export function row(header: string, cells: string[]): HtmlNode {
	return hn('tr', {}, [hn('th', { scope: 'row' }, [header]), ...cells.map((c) => hn('td', {}, [c]))]);
}

/** A table with a caption and one header row, e.g. `table('tv-unload', 'What…', ['Lane', 'Loaded'], rows)`. */
export function table(className: string, caption: string, head: string[], rows: HtmlNode[]): HtmlNode {
	return hn('table', { class: className }, [
		hn('caption', {}, [caption]),
		hn('thead', {}, [hn('tr', {}, head.map((h) => hn('th', { scope: 'col' }, [h])))]),
		hn('tbody', {}, rows),
	]);
}
