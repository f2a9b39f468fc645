/**
 * `<cite-copy>`: the interactive part of "Cite this page". It re-renders the citation texts with the
 * reader's date as access date, shows the copy buttons (hidden without JavaScript), copies a format
 * on click, Enter or Space (native buttons), and announces the result in its `aria-live` region.
 */
import { citeView } from './cite-view.ts';
import { reviveCitation } from './cite-view.ts';

type Format = 'bibtex' | 'apa' | 'csl';

const formatNames: Record<Format, string> = { bibtex: 'BibTeX', apa: 'APA', csl: 'CSL-JSON' };

/** The custom element class; define it once with `customElements.define('cite-copy', CiteCopy)`. */
export class CiteCopy extends HTMLElement {
	#texts: Record<Format, string> = { bibtex: '', apa: '', csl: '' };

	connectedCallback(): void {
		const json = this.dataset.citation;
		if (!json) return;
		const view = citeView(reviveCitation(json, new Date()));
		this.#texts = { bibtex: view.bibtex, apa: view.apaText, csl: view.cslJson };
		this.#fill('[data-apa-before]', view.apa.before);
		this.#fill('[data-apa-title]', view.apa.title);
		this.#fill('[data-apa-after]', view.apa.after);
		this.#fill('[data-text="bibtex"]', view.bibtex);
		this.#fill('[data-text="csl"]', view.cslJson);
		for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
			button.hidden = false;
			button.addEventListener('click', () => this.#copy(button.dataset.copy as Format));
		}
	}

	#fill(selector: string, text: string): void {
		const node = this.querySelector(selector);
		if (node) node.textContent = text;
	}

	async #copy(format: Format): Promise<void> {
		const status = this.querySelector('[role="status"]');
		const name = formatNames[format];
		try {
			await navigator.clipboard.writeText(this.#texts[format]);
			if (status) status.textContent = `${name} citation copied to the clipboard.`;
		} catch {
			if (status) status.textContent = `Could not copy the ${name} citation: select its text and copy it by hand.`;
		}
	}
}
