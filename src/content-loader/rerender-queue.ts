/**
 * In dev, when a note changes what every page shows (a new, renamed or deleted note, a new title,
 * the glossary), the other pages render again: the content loader asks the glob loader to, one event
 * a page. Asked at once, those renders compete with the changed note's own, and Astro's data store
 * saves (and the browser reloads) only 500 ms after the last page is stored (`SAVE_DEBOUNCE_MS` in
 * astro/dist/content/mutable-data-store.js): on this project's 19 notes a new note's page took 9.6 s
 * to appear. This queue holds the other pages back until the changed note is stored and saved, so
 * its page comes first and the others follow. A deleted note's 404 likewise comes before the others.
 */

/** Timings of the queue, in ms. */
export interface RerenderQueueOptions {
	/**
	 * How long after the changed note is stored the others are asked for: Astro's save debounce (500 ms),
	 * the save, and the open page's reload and render, before the others' renders take the CPU.
	 */
	settle?: number;
	/** How long to wait at most for the changed note (its render may fail and never be stored). */
	patience?: number;
}

/**
 * A queue that asks for renders later.
 * @param render asks for the pages to render again, e.g. `(paths) => paths.forEach((path) => watcher.emit('change', path))`
 */
export function rerenderQueue(render: (paths: string[]) => void, { settle = 1500, patience = 5000 }: RerenderQueueOptions = {}) {
	const others = new Set<string>();
	let waitingFor: string | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const flush = () => {
		timer = undefined;
		waitingFor = undefined;
		const paths = [...others];
		others.clear();
		if (paths.length > 0) render(paths);
	};
	const schedule = (delay: number) => {
		clearTimeout(timer);
		timer = setTimeout(flush, delay);
	};

	return {
		/**
		 * Renders `paths` once `changed` is stored, or `settle` ms from now when nothing is to be stored (a deleted note).
		 * @param changed the changed note's file as the store names it, e.g. `content/findings/x.md`
		 */
		after(changed: string | undefined, paths: readonly string[]) {
			for (const path of paths) others.add(path);
			waitingFor = changed;
			schedule(changed === undefined ? settle : patience);
		},
		/** Tells the queue a file was stored, e.g. `content/findings/x.md`. */
		stored(file: string) {
			if (waitingFor !== undefined && file === waitingFor) {
				waitingFor = undefined;
				schedule(settle);
			}
		},
		/** Whether pages wait to render. */
		get pending() {
			return others.size > 0;
		},
	};
}
