/**
 * Keeps a figure's caption and credit line visible when starlight-image-zoom enlarges its image.
 * The plugin opens a `<dialog class="starlight-image-zoom-dialog">` with a copy of the image and, at
 * most, the alt text as caption; when the zoomed image belongs to a `<figure>` with a
 * `<figcaption>`, this puts a copy of that figcaption (links included) in the dialog instead.
 */

/**
 * Copies the source figure's caption into a freshly opened zoom dialog.
 * @param dialog the plugin's dialog, just added to the page
 * @param source the image being zoomed (the plugin marks it `.starlight-image-zoom-source`)
 */
export function copyFigureCaption(dialog: Element, source: Element | null): void {
	const caption = source?.closest('figure')?.querySelector(':scope > figcaption');
	const target = dialog.querySelector('figure');
	if (!caption || !target) return;
	const copy = caption.cloneNode(true) as HTMLElement;
	copy.removeAttribute('aria-hidden');
	copy.dataset.zoomCaption = '';
	// The plugin's own alt-text caption would repeat the caption text.
	target.querySelector(':scope > figcaption')?.remove();
	target.append(copy);
}

/** Watches the page for zoom dialogs; call once per page. */
export function watchZoomDialogs(): void {
	new MutationObserver((records) => {
		for (const record of records) {
			for (const node of record.addedNodes) {
				if (!(node instanceof Element)) continue;
				const dialog = node.matches('dialog.starlight-image-zoom-dialog') ? node : node.querySelector('dialog.starlight-image-zoom-dialog');
				if (dialog) copyFigureCaption(dialog, document.querySelector('.starlight-image-zoom-source'));
			}
		}
	}).observe(document.body, { childList: true });
}
