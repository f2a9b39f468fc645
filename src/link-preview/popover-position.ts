/**
 * Where a link preview goes: below the link, or above it when there is more room there, kept
 * inside the viewport. Pure math on viewport coordinates (`getBoundingClientRect()`), no DOM.
 */

/** A box in viewport coordinates, as `getBoundingClientRect()` gives it. */
export interface Box {
	left: number;
	top: number;
	width: number;
	height: number;
}

/** The preview's place, in viewport coordinates. */
export interface PopoverPlace {
	left: number;
	top: number;
	placement: 'below' | 'above';
}

/**
 * Places a popover of `size` next to `anchor` inside `viewport`.
 * @param anchor the link's box, e.g. `{ left: 100, top: 500, width: 80, height: 20 }`
 * @param size the popover's size, e.g. `{ width: 320, height: 120 }`
 * @param viewport e.g. `{ width: 1280, height: 720 }` -> `{ left: 100, top: 528, placement: 'below' }`
 * @param gap space between link and popover, in pixels
 * @param margin space kept free at the viewport's edges, in pixels
 */
export function popoverPosition(anchor: Box, size: { width: number; height: number }, viewport: { width: number; height: number }, gap = 8, margin = 8): PopoverPlace {
	const below = viewport.height - (anchor.top + anchor.height) - gap - margin;
	const above = anchor.top - gap - margin;
	const placement = below >= size.height || below >= above ? 'below' : 'above';
	const top = placement === 'below' ? anchor.top + anchor.height + gap : anchor.top - gap - size.height;
	const maxLeft = viewport.width - margin - size.width;
	return { left: Math.max(margin, Math.min(anchor.left, maxLeft)), top: Math.max(margin, top), placement };
}
