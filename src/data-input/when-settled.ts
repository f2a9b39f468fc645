/**
 * A watcher event can come while the file is still being written: an editor or `writeFileSync`
 * truncates the file, then writes it, and whoever reads at the event may see it empty or half-written.
 * The write's own event does not always follow: chokidar (the dev server's watcher) drops a `change`
 * of a path within 50 ms of the previous one and never emits it later (`_throttle(EV.CHANGE, path, 50)`
 * in chokidar/index.js). So a change is handled at once, for speed, and the file is compared again
 * once it has settled: when it differs from what it was at the event, the change is handled again.
 * The dev server's identity files use it (`dev-live-site.ts`): they are read as the event comes.
 * So does the content loader for notes (`github-markdown-loader.ts`): Astro's glob loader reads a
 * note at its event, and a note saved in two steps would keep its first step until the next save.
 */
import { statSync } from 'node:fs';

/**
 * A watch on files about to be read, e.g. `const settled = whenSettled(fileStamp)`, then at each
 * event `settled(path, (changed) => changed && handleAgain(path))`.
 * @param stamp what the file is now, equal for equal files (`fileStamp`)
 * @param settle ms after an event to compare the file again: longer than the watcher's 50 ms throttle
 */
export function whenSettled(stamp: (path: string) => string, settle = 120) {
	const timers = new Map<string, ReturnType<typeof setTimeout>>();
	/**
	 * Calls `then` once `path` has settled, with whether it changed since this call (made before reading it); an earlier call's
	 * `then` for the same path is dropped (this one looks later).
	 */
	return (path: string, then: (changed: boolean) => void): void => {
		clearTimeout(timers.get(path));
		const seen = stamp(path);
		timers.set(path, setTimeout(() => {
			timers.delete(path);
			then(stamp(path) !== seen);
		}, settle));
	};
}

/**
 * What a file is now, to tell whether it changed (the `stamp` of `whenSettled`): its size and its
 * modification time in nanoseconds, which differ between a truncation and the write after it even
 * within a millisecond; '' when the file is gone. Reading the text would cost a trace file its size.
 */
export function fileStamp(path: string): string {
	const stats = statSync(path, { bigint: true, throwIfNoEntry: false });
	return stats ? `${stats.size}:${stats.mtimeNs}` : '';
}
