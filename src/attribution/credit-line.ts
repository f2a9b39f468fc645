/** The credit line of a third-party file, worded once for figure captions and the Credits page. */
import type { Attribution } from './schema.ts';

/** A credit line in parts, so each renderer can link the title and the licence. */
export interface CreditLine {
	/** `Adapted from` for a modified work, else `From`. */
	lead: 'Adapted from' | 'From';
	/** Title of the original, linked to `source`. */
	title: string;
	/** Where the original is published. */
	source: string;
	/** Author or copyright holder. */
	author: string;
	/** SPDX identifier of the licence, linked to `licenseUrl`. */
	license: string;
	/** The licence text. */
	licenseUrl: string;
}

/**
 * The credit line's parts.
 * @param attribution e.g. the Kubebuilder diagram's sidecar -> `Adapted from … by The Kubernetes Authors, Apache-2.0`
 */
export function creditLine(attribution: Attribution): CreditLine {
	return {
		lead: attribution.modified === false ? 'From' : 'Adapted from',
		title: attribution.title,
		source: attribution.source,
		author: attribution.author,
		license: attribution.license.spdx,
		licenseUrl: attribution.license.url,
	};
}

/**
 * The credit line as plain text.
 * @param attribution e.g. a sidecar with `modified: false` -> `From A square by Example Author, CC-BY-4.0.`
 */
export function creditText(attribution: Attribution): string {
	const line = creditLine(attribution);
	return `${line.lead} ${line.title} by ${line.author}, ${line.license}.`;
}
