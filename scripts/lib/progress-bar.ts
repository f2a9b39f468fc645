/**
 * The progress bar `npm run trace` draws on stderr while it reads a large file: one line redrawn
 * in place on a terminal (`\r`), or a line per tenth when stderr is a file or a pipe (so a log
 * stays readable), and a last line at 100%.
 */

/** Files larger than this get a progress bar (50 MB). */
export const PROGRESS_FROM_BYTES = 50e6;

/** One line of the bar, e.g. `progressLine('t.json', 0.5, 10)` is `reading t.json [#####.....]  50%`. */
export function progressLine(file: string, share: number, width = 30): string {
	const done = Math.max(0, Math.min(width, Math.floor(share * width)));
	const percent = String(Math.floor(Math.max(0, Math.min(1, share)) * 100)).padStart(3);
	return `reading ${file} [${'#'.repeat(done)}${'.'.repeat(width - done)}] ${percent}%`;
}

/** Where a bar writes: e.g. `process.stderr`. */
export interface BarOutput {
	isTTY?: boolean;
	write(text: string): unknown;
}

/**
 * A progress callback (the share 0..1 read so far) drawing the bar for `file` on `out`: on a
 * terminal at most ten times a second, else once per tenth; e.g. `progressBar('t.json', process.stderr)`.
 */
export function progressBar(file: string, out: BarOutput, now: () => number = Date.now): (share: number) => void {
	let lastDraw = -Infinity;
	let lastTenth = -1;
	let finished = false;
	return (share) => {
		if (finished) return;
		const tenth = Math.floor(share * 10);
		if (out.isTTY) {
			if (share < 1 && now() - lastDraw < 100) return;
			lastDraw = now();
			out.write(`\r${progressLine(file, share)}${share >= 1 ? '\n' : ''}`);
		} else {
			if (tenth === lastTenth) return;
			lastTenth = tenth;
			out.write(`${progressLine(file, share)}\n`);
		}
		finished = share >= 1;
	};
}
