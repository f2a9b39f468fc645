/**
 * Every figure kind (`shared/figure-kind.ts`) and how a figure link picks its kind: by the name
 * in its `figure=`. Not by the file: the formats overlap (a `.csv` is a trace's timestamp list or a
 * benchmark's long CSV, a `.jsonl` OTLP spans or benchmark cases), so sniffing would read the file
 * with two readers and, for a broken file, report the wrong kind's complaint. The names are what
 * the author wrote, each kind owns its own (a test checks that no name is claimed twice), and a
 * name no kind knows gets one message listing every kind's figures. A new kind adds itself here.
 */
import type { FigureKind } from './shared/figure-kind.ts';
import { FigureError, type FigureLink } from './shared/figure-link.ts';
import { benchmarkFigureKind } from './benchmark/benchmark-figure-kind.ts';
import { traceFigureKind } from './trace/trace-figure-kind.ts';

/** The kinds, in the order messages list them. */
export const figureKinds: readonly FigureKind[] = [traceFigureKind, benchmarkFigureKind];

/**
 * The kind whose figure a link names; throws a FigureError naming every kind's figures when none or several claim it.
 * @param link e.g. `{ file: 'x.csv', params: figure=medianGapMs }` -> the trace kind
 */
export function figureKindOf(link: FigureLink, kinds: readonly FigureKind[] = figureKinds): FigureKind {
	const claiming = kinds.filter((kind) => kind.claims(link));
	if (claiming.length === 1) return claiming[0];
	const figure = link.params.get('figure') ?? '';
	if (claiming.length > 1) throw new FigureError(`figure "${figure}" is claimed by ${claiming.map((kind) => kind.name).join(' and ')} figures alike`);
	throw new FigureError(`no figure "${figure}": ${kinds.map((kind) => `${kind.name} figures are ${kind.figures}`).join('; ')}`);
}
