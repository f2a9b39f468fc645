/**
 * The options of a ```benchmark block (its YAML body): parsed, checked, and turned into what the
 * chart needs. Fields and their labels are written `field: label`, so the block reads on GitHub
 * as a key to the file:
 *
 *   src: ./third-party/gke_affinity/results_resource_latency.jsonl
 *   x:
 *     resource_count: Number of Secondaries
 *   series:
 *     duration_get_latest: get_latest_with_secondaries
 *     duration_direct: Direct LIST requests
 *   unit: us
 *
 * Unknown keys and bad values are errors at their line, never ignored; whether the named fields
 * exist is the reader's check (`src/benchmark/read/`), made when the block renders.
 */
import { BlockOptionsError, checkKnownKeys, parseBlockYaml } from '../shared/block-yaml.ts';

/** The two views of a chart, e.g. `'distribution'`. */
export const CHART_VIEWS = ['distribution', 'thesis'] as const;
/** One of `CHART_VIEWS`. */
export type ChartView = (typeof CHART_VIEWS)[number];
/** The y scales, e.g. `'log'`. */
export type ChartScale = 'linear' | 'log';

/** A field of the file and how the chart names it, e.g. `{ field: 'duration_direct', label: 'Direct LIST requests' }`. */
export interface LabelledField {
	field: string;
	label: string;
}

/** A file drawn with `src` on the same axes, e.g. `{ src: './gke_affinity/r.jsonl', label: 'GKE: same node' }`. */
export interface ComparedFile {
	src: string;
	label: string;
}

/** Checked options of one chart. */
export interface BenchmarkBlockOptions {
	/** The results file relative to the page, e.g. `./third-party/gke_affinity/results_resource_latency.jsonl`. */
	src: string;
	/** How `src` is named beside compared files (default: its folder's name when the file names agree, else its file name). */
	label?: string;
	/** The field the cases vary along, e.g. `{ field: 'resource_count', label: 'Number of Secondaries' }` (default: the reader's choice, labelled by its name). */
	x?: LabelledField;
	/** The array fields to draw, in order (default: every array field, labelled by its name). */
	series?: LabelledField[];
	/** The samples' unit, e.g. `'us'` (default: the reader's: `s` for hyperfine, else unknown). */
	unit?: string;
	/** Shown above the chart; defaults to the file name. */
	title?: string;
	/** Files drawn on the same axes, in order. */
	compare?: ComparedFile[];
	/** The view shown first (default `distribution`). */
	view?: ChartView;
	/** The y scale shown first (default: log when the series' medians differ by more than 10x, linear in the thesis view). */
	scale?: ChartScale;
}

const KEYS = ['src', 'label', 'x', 'series', 'unit', 'title', 'compare', 'view', 'scale'];
/** Units a block may name; the time units are converted for display, e.g. `us` to ms. */
export const UNITS = ['ns', 'us', 'µs', 'ms', 's'];

/**
 * Parses the YAML body of a ```benchmark block.
 * @param yaml e.g. `"src: ./results.jsonl\nunit: us\n"`
 */
export function parseBenchmarkBlock(yaml: string): BenchmarkBlockOptions {
	const { data, lineOf } = parseBlockYaml(yaml, 'benchmark');
	return checkBenchmarkOptions(data, lineOf);
}

/**
 * Checks options given as an object; a bad value is reported at its key's line.
 * @param lineOf the line of a key inside the block, from `parseBlockYaml`
 */
export function checkBenchmarkOptions(data: Record<string, unknown>, lineOf: (key: string) => number | undefined = () => undefined): BenchmarkBlockOptions {
	checkKnownKeys(data, KEYS, lineOf);
	const fail = (message: string, key: string) => new BlockOptionsError(message, lineOf(key));
	const text = (key: string, what: string) => {
		const value = data[key];
		if (value === undefined) return undefined;
		if (typeof value !== 'string' || value.trim() === '') throw fail(`\`${key}\` must be ${what}`, key);
		return value.trim();
	};
	const src = text('src', 'the results file, relative to the page');
	if (src === undefined) throw fail('`src` is required: the results file, relative to the page', 'src');
	const options: BenchmarkBlockOptions = { src };
	const label = text('label', 'text: how the chart names `src` beside the compared files');
	if (label !== undefined) options.label = label;
	const title = text('title', 'text');
	if (title !== undefined) options.title = title;
	if (data.x !== undefined) {
		const x = labelledFields(data.x, 'x', lineOf);
		if (x === undefined || x.length !== 1) throw fail('`x` must be one field: a field name, or `field: label`, e.g. `resource_count: Number of Secondaries`', 'x');
		options.x = x[0];
	}
	if (data.series !== undefined) {
		const series = labelledFields(data.series, 'series', lineOf);
		if (series === undefined || series.length === 0) throw fail('`series` must be the array fields to draw: a list of field names, or `field: label` lines', 'series');
		options.series = series;
	}
	const unit = text('unit', `one of ${UNITS.join(', ')}`);
	if (unit !== undefined) {
		if (!UNITS.includes(unit)) throw fail(`\`unit\` must be one of ${UNITS.join(', ')} (got "${unit}")`, 'unit');
		options.unit = unit === 'µs' ? 'us' : unit;
	}
	if (data.compare !== undefined) {
		const compare = data.compare;
		const files = typeof compare === 'object' && compare !== null && !Array.isArray(compare) ? Object.entries(compare) : [];
		if (files.length === 0 || !files.every(([, file]) => typeof file === 'string' && file.trim() !== '')) {
			throw fail('`compare` must be `label: file` lines, one a file drawn on the same axes, e.g. `"GKE: same node": ./gke_affinity/results.jsonl`', 'compare');
		}
		options.compare = files.map(([label, file]) => ({ label, src: (file as string).trim() }));
	}
	if (data.view !== undefined) {
		if (!CHART_VIEWS.includes(data.view as ChartView)) throw fail(`\`view\` must be ${CHART_VIEWS.join(' or ')} (got ${JSON.stringify(data.view)})`, 'view');
		options.view = data.view as ChartView;
	}
	if (data.scale !== undefined) {
		if (data.scale !== 'linear' && data.scale !== 'log') throw fail(`\`scale\` must be linear or log (got ${JSON.stringify(data.scale)})`, 'scale');
		options.scale = data.scale;
	}
	return options;
}

/** `name`, `[name, ...]`, `{ field: label, ... }` or `[{ field: label }, name, ...]` as labelled fields; undefined when it is none of them. */
function labelledFields(value: unknown, key: string, lineOf: (key: string) => number | undefined): LabelledField[] | undefined {
	const one = (item: unknown): LabelledField[] | undefined => {
		if (typeof item === 'string' && item.trim() !== '') return [{ field: item.trim(), label: item.trim() }];
		if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
		const pairs = Object.entries(item);
		if (pairs.length === 0 || !pairs.every(([, label]) => typeof label === 'string' && label.trim() !== '')) return undefined;
		return pairs.map(([field, label]) => ({ field, label: (label as string).trim() }));
	};
	const items = Array.isArray(value) ? value.map(one) : [one(value)];
	if (items.some((item) => item === undefined)) return undefined;
	const fields = items.flat() as LabelledField[];
	const names = fields.map((f) => f.field);
	const repeated = names.find((name, i) => names.indexOf(name) !== i);
	if (repeated !== undefined) throw new BlockOptionsError(`\`${key}\` names the field ${repeated} twice`, lineOf(key));
	return fields;
}
