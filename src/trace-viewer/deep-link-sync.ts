/**
 * Keeps the URL hash in step with a viewer's window, selection and unload policy (`deep-link.ts`
 * holds the format): writes it shortly after the view settles, restores it on `hashchange`, and
 * copies the link of the current view.
 */
import { readLink, writeLink } from './deep-link.ts';
import type { ViewState } from './view-state.ts';

/** The viewer side of the link. */
export interface LinkedViewer {
	/** Names the viewer's entry in the hash, e.g. `"tv-3fa2c9d1"`. */
	viewerId: string;
	state(): ViewState;
	restore(state: ViewState): void;
}

/** The link of one viewer. */
export interface DeepLinkSync {
	/** The URL of the current view. */
	url(): string;
	/** Writes the current view into the URL after 250 ms without further changes. */
	schedule(): void;
	/** Writes the URL now and copies it; `report` receives "Link copied". */
	copy(report: (message: string) => void): Promise<void>;
	/** Stops listening and cancels a pending write. */
	dispose(): void;
}

/** Starts syncing `viewer` with the URL hash. */
export function deepLinkSync(viewer: LinkedViewer): DeepLinkSync {
	let timer = 0;
	const url = () => `${location.origin}${location.pathname}${location.search}${writeLink(location.hash, viewer.viewerId, viewer.state())}`;
	const onHash = () => {
		const link = readLink(location.hash, viewer.viewerId);
		if (link) viewer.restore(link);
	};
	window.addEventListener('hashchange', onHash);
	return {
		url,
		schedule() {
			clearTimeout(timer);
			timer = window.setTimeout(() => history.replaceState(history.state, '', url()), 250);
		},
		async copy(report) {
			const link = url();
			history.replaceState(history.state, '', link);
			try {
				await navigator.clipboard.writeText(link);
				report('Link copied');
			} catch {
				window.prompt('Copy this link:', link);
			}
		},
		dispose() {
			clearTimeout(timer);
			window.removeEventListener('hashchange', onHash);
		},
	};
}
