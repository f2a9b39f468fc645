/**
 * The URL hash <-> a viewer's window and selection. Each viewer owns one `&`-separated entry,
 * `<viewerId>=<t0>~<t1>[~<selected>]` (integer ns offsets, record index), so several viewers on
 * a page keep independent state and other fragments of the hash are left alone.
 */
import type { ViewState } from './view-state.ts';

/** Reads a viewer's state from a hash, e.g. `("#tv-ab12=0~5000000000~3", "tv-ab12")`; null when absent or malformed. */
export function readLink(hash: string, viewerId: string): ViewState | null {
	const entry = entries(hash).find((e) => e.startsWith(`${viewerId}=`));
	if (!entry) return null;
	const parts = decodeURIComponent(entry.slice(viewerId.length + 1)).split('~');
	if (parts.length < 2 || parts.length > 3 || !parts.every((p) => /^-?\d+$/.test(p))) return null;
	const [t0, t1, selected = -1] = parts.map(Number);
	if (!(t1 > t0)) return null;
	return { window: { t0, t1 }, selected };
}

/** The hash with this viewer's entry set to `state` (or removed when null); other entries kept in order. */
export function writeLink(hash: string, viewerId: string, state: ViewState | null): string {
	const others = entries(hash).filter((e) => !e.startsWith(`${viewerId}=`));
	const mine = state ? [`${viewerId}=${[Math.round(state.window.t0), Math.round(state.window.t1), ...(state.selected >= 0 ? [state.selected] : [])].join('~')}`] : [];
	const all = [...others, ...mine];
	return all.length ? `#${all.join('&')}` : '';
}

function entries(hash: string): string[] {
	return hash.replace(/^#/, '').split('&').filter(Boolean);
}

/** A viewer id safe in a hash and as an HTML id, e.g. `("3fa2c9d1e0b4", 2)` -> `"tv-3fa2c9d1-2"`. */
export function viewerIdFor(dataHash: string, occurrence: number): string {
	const short = dataHash.replace(/[^0-9a-z]/gi, '').slice(0, 8);
	return occurrence > 1 ? `tv-${short}-${occurrence}` : `tv-${short}`;
}
