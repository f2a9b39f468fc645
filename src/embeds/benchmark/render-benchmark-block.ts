/**
 * Build-time rendering of one ```benchmark block: resolve and read its files (`src` and the
 * `compare` ones, each checked for its attribution under `third-party/`), summarize them
 * (`src/benchmark/`), build the chart model, copy the files into the embedded-data store for the
 * page's data links, and return the chart's markup. Every failure becomes `page:line: reason`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Element } from 'hast';
import { benchmarkSummary } from '../../benchmark/benchmark-summary.ts';
import { readBenchmarkFile } from '../../benchmark/read/read-benchmark.ts';
import { chartIdFor } from '../../benchmark-chart/chart-link.ts';
import { chartModel, type ChartFile } from '../../benchmark-chart/chart-model.ts';
import { storeDataFile, traceStore, type TraceStore } from '../../integrations/trace-store.ts';
import { placeError, type BlockPlace } from '../shared/block-place.ts';
import { readableFile, thirdPartyAttribution } from '../shared/embedded-file.ts';
import { benchmarkChartHast, type ChartDataLink } from './benchmark-block-markup.ts';
import type { BenchmarkBlockOptions } from './benchmark-block-options.ts';

const FORMAT_NAMES = { jsonl: 'JSON Lines', 'json-array': 'JSON array', 'long-csv': 'long CSV', hyperfine: 'hyperfine JSON' };

/**
 * Renders one block to hast; throws `page:line: reason` when a file is missing, unreadable or does not read.
 * @param options e.g. `{ src: './results.jsonl', unit: 'us' }`
 */
export function renderBenchmarkBlock(options: BenchmarkBlockOptions, place: BlockPlace, store: TraceStore = traceStore()): Element {
	const sources = [{ src: options.src, label: options.label }, ...(options.compare ?? [])];
	const paths = sources.map((s) => readableFile(s.src, 'benchmark file', place));
	const sameName = new Set(paths.map((p) => basename(p))).size === 1 && paths.length > 1;
	const files: ChartFile[] = sources.map((s, k) => {
		try {
			const data = readBenchmarkFile(paths[k], { x: options.x?.field, series: options.series?.map((f) => f.field), unit: options.unit });
			return { label: s.label ?? (sameName ? basename(dirname(paths[k])) : basename(paths[k])), data, summary: benchmarkSummary(data) };
		} catch (error) {
			throw placeError(place, `cannot read benchmark file ${s.src}: ${(error as Error).message}`);
		}
	});
	const attributions = paths.map((p, k) => thirdPartyAttribution(p, sources[k].src, 'benchmark file', place));
	const labels = Object.fromEntries((options.series ?? []).map((f) => [f.field, f.label]));
	const links: ChartDataLink[] = files.map((f, k) => ({
		label: f.label,
		url: storeDataFile(store, paths[k]),
		name: basename(paths[k]),
		detail: `${FORMAT_NAMES[f.data.format]}, ${f.data.cases.length} case${f.data.cases.length === 1 ? '' : 's'}`,
		attribution: attributions[k],
	}));
	const hash = createHash('sha256').update(JSON.stringify(options));
	for (const p of paths) hash.update(readFileSync(p));
	try {
		const model = chartModel(files, { title: options.title ?? basename(paths[0]), xLabel: options.x?.label, labels, view: options.view, scale: options.scale });
		return benchmarkChartHast(model, chartIdFor(hash.digest('hex'), place.occurrence), links);
	} catch (error) {
		throw placeError(place, (error as Error).message);
	}
}
