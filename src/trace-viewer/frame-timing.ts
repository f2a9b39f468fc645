/** When the viewer does its work: once near the viewport, after the next paint, in idle time. */

/**
 * Runs `fn` once the next frame has been painted: requestAnimationFrame runs just before that
 * frame's paint, and a task queued from there runs after it.
 */
export function afterNextPaint(fn: () => void): void {
	requestAnimationFrame(() => setTimeout(fn, 0));
}

/**
 * Runs `work` in idle slices until it returns true; `hasTime` tells it when the slice is over.
 * Falls back to short timeouts where requestIdleCallback is missing (Safari).
 */
export function whenIdle(work: (hasTime: () => boolean) => boolean): void {
	const idle = window.requestIdleCallback ?? ((fn: (d: IdleDeadline) => void) => setTimeout(() => fn({ didTimeout: false, timeRemaining: () => 0 }), 16));
	const slice = (deadline: IdleDeadline) => {
		const until = performance.now() + Math.max(deadline.timeRemaining(), 4);
		if (!work(() => performance.now() < until)) idle(slice);
	};
	idle(slice);
}

/**
 * Calls `fn` once `element` comes within 300 px of the viewport: at once when it already is
 * (or without IntersectionObserver), so a viewer on the first screen does not wait for the
 * observer's first report, a rendered frame later. Returns a function that stops watching.
 */
export function whenNearViewport(element: Element, fn: () => void): () => void {
	const margin = 300;
	const box = element.getBoundingClientRect();
	if (!('IntersectionObserver' in window) || (box.bottom > -margin && box.top < window.innerHeight + margin)) {
		fn();
		return () => {};
	}
	const io = new IntersectionObserver((entries) => {
		if (entries.some((e) => e.isIntersecting)) {
			io.disconnect();
			fn();
		}
	}, { rootMargin: `${margin}px` });
	io.observe(element);
	return () => io.disconnect();
}
