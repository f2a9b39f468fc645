/**
 * `<link-previews>`: hovering or focusing a link to another page (in the page body or its "Linked
 * from" list) shows a small preview of that page: title, date, first paragraph, as Wikipedia's
 * and Quartz's page previews do. The data is fetched on first use from the page's
 * `<base>link-previews/<id>.json` and kept for the visit.
 *
 * ARIA: the tooltip pattern (https://www.w3.org/WAI/ARIA/apg/patterns/tooltip/). The preview only
 * describes the link, holds nothing to click or select, and must leave focus on the link so Enter
 * still follows it; a dialog would take focus and need closing. So: one `role="tooltip"` element,
 * referenced from the link by `aria-describedby` while it is open, opened on focus, closed on
 * Escape or blur. WCAG 1.4.13 (content on hover): the pointer may move onto the preview without
 * it closing, and Escape closes it without moving the pointer.
 *
 * Not in flow (absolutely placed on the document, `popover-position.ts`), so nothing shifts; not on
 * devices without a hovering fine pointer (touch); without JavaScript the links are plain links.
 */
import { popoverPosition } from './popover-position.ts';
import type { PreviewData } from './preview-data.ts';
import { isPreviewData, previewTarget, previewView } from './preview-target.ts';

/** Links that get previews: the page body (Starlight's Markdown content) and the "Linked from" list. */
const linkScope = ':is(.sl-markdown-content, .linked-from) a[href]';

/** Waits that keep a preview from flashing while the pointer crosses the page, in ms. */
const openDelay = 300;
const closeDelay = 200;

const tooltipId = 'link-preview';

/** The custom element class; define it once with `customElements.define('link-previews', LinkPreviews)`. */
export class LinkPreviews extends HTMLElement {
	#tooltip: HTMLElement | undefined;
	/** The link whose preview is open or opening. */
	#link: HTMLAnchorElement | undefined;
	#openTimer: ReturnType<typeof setTimeout> | undefined;
	#closeTimer: ReturnType<typeof setTimeout> | undefined;
	#pointer: { x: number; y: number } | undefined;
	#data = new Map<string, Promise<PreviewData | undefined>>();
	#abort = new AbortController();

	connectedCallback(): void {
		if (!matchMedia('(hover: hover) and (pointer: fine)').matches) return;
		this.#abort = new AbortController();
		const tooltip = document.createElement('div');
		tooltip.id = tooltipId;
		tooltip.className = 'link-preview';
		tooltip.setAttribute('role', 'tooltip');
		tooltip.hidden = true;
		document.body.append(tooltip);
		this.#tooltip = tooltip;
		const options = { signal: this.#abort.signal };
		document.addEventListener('pointerover', (event) => this.#onPointerOver(event), options);
		document.addEventListener('pointerout', (event) => this.#onPointerOut(event), options);
		document.addEventListener('focusin', (event) => this.#onFocus(event), options);
		document.addEventListener('focusout', (event) => this.#onBlur(event), options);
		document.addEventListener('keydown', (event) => this.#onKey(event), options);
	}

	disconnectedCallback(): void {
		this.#abort.abort();
		this.#close();
		this.#tooltip?.remove();
		this.#tooltip = undefined;
	}

	#previewLink(target: EventTarget | null): HTMLAnchorElement | undefined {
		const link = target instanceof Element ? target.closest<HTMLAnchorElement>('a[href]') : null;
		return link?.matches(linkScope) ? link : undefined;
	}

	#onPointerOver(event: PointerEvent): void {
		if (event.pointerType === 'touch') return;
		if (this.#tooltip?.contains(event.target as Node)) {
			clearTimeout(this.#closeTimer);
			return;
		}
		const link = this.#previewLink(event.target);
		if (!link) return;
		this.#pointer = { x: event.clientX, y: event.clientY };
		if (link === this.#link) clearTimeout(this.#closeTimer);
		else this.#open(link, openDelay);
	}

	#onPointerOut(event: PointerEvent): void {
		if (event.pointerType === 'touch' || !this.#link) return;
		const from = event.target as Node;
		const to = event.relatedTarget as Node | null;
		const inside = (node: Node | null) => node !== null && (this.#link!.contains(node) || this.#tooltip!.contains(node));
		if (inside(from) && !inside(to) && document.activeElement !== this.#link) this.#scheduleClose();
	}

	#onFocus(event: FocusEvent): void {
		const link = this.#previewLink(event.target);
		if (link) {
			this.#pointer = undefined;
			this.#open(link, 0);
		}
	}

	#onBlur(event: FocusEvent): void {
		if (event.target === this.#link) this.#close();
	}

	#onKey(event: KeyboardEvent): void {
		if (event.key === 'Escape' && this.#link) this.#close();
	}

	#scheduleClose(): void {
		clearTimeout(this.#closeTimer);
		this.#closeTimer = setTimeout(() => this.#close(), closeDelay);
	}

	/** Opens the preview of `link` after `delay` ms, once its data is there. */
	#open(link: HTMLAnchorElement, delay: number): void {
		const target = previewTarget(link.href, location.href, import.meta.env.BASE_URL);
		if (!target) return;
		this.#close();
		this.#link = link;
		this.#openTimer = setTimeout(async () => {
			const data = await this.#load(target.dataUrl);
			if (!data || this.#link !== link || !this.#tooltip) return;
			this.#render(this.#tooltip, previewView(data, target.anchor));
			this.#describe(link);
			this.#place(this.#tooltip, link);
		}, delay);
	}

	#close(): void {
		clearTimeout(this.#openTimer);
		clearTimeout(this.#closeTimer);
		const link = this.#link;
		this.#link = undefined;
		if (this.#tooltip) this.#tooltip.hidden = true;
		if (!link) return;
		const others = (link.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id && id !== tooltipId);
		if (others.length > 0) link.setAttribute('aria-describedby', others.join(' '));
		else link.removeAttribute('aria-describedby');
		// The browser's own tooltip of a title (glossary links have one) would cover the preview.
		if (link.dataset.linkPreviewTitle !== undefined) {
			link.title = link.dataset.linkPreviewTitle;
			delete link.dataset.linkPreviewTitle;
		}
	}

	#load(url: string): Promise<PreviewData | undefined> {
		let data = this.#data.get(url);
		if (!data) {
			data = fetch(url)
				.then((response) => (response.ok ? response.json() : undefined))
				.then((json: unknown) => (isPreviewData(json) ? json : undefined))
				.catch(() => undefined);
			this.#data.set(url, data);
		}
		return data;
	}

	#render(tooltip: HTMLElement, view: ReturnType<typeof previewView>): void {
		const title = document.createElement('p');
		title.className = 'link-preview__title';
		title.textContent = view.title;
		const parts: HTMLElement[] = [title];
		if (view.date) {
			const time = document.createElement('time');
			time.dateTime = view.date.iso;
			time.textContent = view.date.label;
			const date = document.createElement('p');
			date.className = 'link-preview__date';
			date.append(time);
			parts.push(date);
		}
		if (view.text) {
			const text = document.createElement('p');
			text.className = 'link-preview__text';
			text.textContent = view.text;
			parts.push(text);
		}
		tooltip.replaceChildren(...parts);
	}

	#describe(link: HTMLAnchorElement): void {
		const ids = (link.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
		if (!ids.includes(tooltipId)) link.setAttribute('aria-describedby', [...ids, tooltipId].join(' '));
		if (link.title) {
			link.dataset.linkPreviewTitle = link.title;
			link.removeAttribute('title');
		}
	}

	#place(tooltip: HTMLElement, link: HTMLAnchorElement): void {
		// Measured at the top left, where the available width does not squeeze it.
		Object.assign(tooltip.style, { visibility: 'hidden', left: '0px', top: '0px' });
		tooltip.hidden = false;
		const boxes = [...link.getClientRects()];
		const pointer = this.#pointer;
		const box = (pointer && boxes.find((rect) => pointer.y >= rect.top && pointer.y <= rect.bottom)) ?? boxes[0] ?? link.getBoundingClientRect();
		const place = popoverPosition(box, { width: tooltip.offsetWidth, height: tooltip.offsetHeight }, { width: document.documentElement.clientWidth, height: window.innerHeight });
		tooltip.style.left = `${place.left + window.scrollX}px`;
		tooltip.style.top = `${place.top + window.scrollY}px`;
		tooltip.dataset.placement = place.placement;
		tooltip.style.visibility = '';
	}
}
