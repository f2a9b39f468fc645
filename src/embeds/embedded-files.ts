/**
 * Which data files a page embeds, by kind: the files a fenced block names (```trace, ```benchmark), and the
 * files a figure reference's kind computes it from (`figure-kinds.ts`: a trace and its `changes=`). The content model lists them so that a change
 * to one re-renders the pages that show it. A new embedded kind adds its block here.
 */
import { parseTraceBlock } from './trace/trace-block-options.ts';
import { parseBenchmarkBlock } from './benchmark/benchmark-block-options.ts';
import { parseFigureLink } from './shared/figure-link.ts';
import { figureKindOf } from './figure-kinds.ts';

/** Per fenced-block language, the files its YAML names (relative to the page); throws when the block does not parse. */
const BLOCK_FILES: Record<string, (yaml: string) => (string | undefined)[]> = {
	trace: (yaml) => {
		const options = parseTraceBlock(yaml);
		return [options.src, options.changes, ...(options.compare ?? [])];
	},
	benchmark: (yaml) => {
		const options = parseBenchmarkBlock(yaml);
		return [options.src, ...(options.compare ?? []).map((c) => c.src)];
	},
};

/**
 * The files a fenced block embeds, or undefined when its language is no embedded kind; throws when the block does not parse.
 * @param lang e.g. `trace`; @param yaml e.g. `"src: ./x.csv\ncompare: ./y.csv"` -> `['./x.csv', './y.csv']`
 */
export function blockFiles(lang: string | null | undefined, yaml: string): string[] | undefined {
	const files = lang ? BLOCK_FILES[lang] : undefined;
	return files?.(yaml).filter((file): file is string => file !== undefined);
}

/**
 * The files a figure reference is computed from, or undefined when the URL is none; throws when it is malformed or names no kind's figure.
 * @param url e.g. `traces/x.csv#figure=latency.medianMs&changes=traces/c.csv` -> `['traces/x.csv', 'traces/c.csv']`
 */
export function figureFiles(url: string): string[] | undefined {
	const link = parseFigureLink(url);
	return link ? figureKindOf(link).files(link) : undefined;
}
