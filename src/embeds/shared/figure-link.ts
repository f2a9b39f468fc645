/**
 * A figure reference's link: a relative link to a data file of the content whose fragment starts
 * with `figure=`, e.g. `traces/x.csv#figure=wakeupsPerMinute&lane=a`. This module only splits the
 * URL; each data kind reads its own parameters and computes the number
 * (`embeds/trace/trace-figure-reference.ts`, ...).
 */

/** A reference that cannot be read or resolved; the plugin adds `page:line`. */
export class FigureError extends Error {}

/** A figure link split into the file and the fragment's parameters. */
export interface FigureLink {
	/** The data file as linked, e.g. `../traces/x.csv`. */
	file: string;
	/** The fragment as URL search parameters, e.g. `figure=periodMs&lane=a`. */
	params: URLSearchParams;
}

/**
 * The figure link in a URL, or null when the URL is not one (no `#figure=`); throws a FigureError for a link outside the content.
 * @param url e.g. `traces/x.csv#figure=wakeupsPerMinute` -> `{ file: 'traces/x.csv', params: figure=wakeupsPerMinute }`
 */
export function parseFigureLink(url: string): FigureLink | null {
	const at = url.indexOf('#');
	if (at === -1 || !url.startsWith('figure=', at + 1)) return null;
	const file = url.slice(0, at);
	if (file === '' || /^[a-z][a-z\d+.-]*:|^\/\//i.test(file)) throw new FigureError(`a figure reference must link to a data file of the content, not "${file}"`);
	return { file, params: new URLSearchParams(url.slice(at + 1)) };
}

/**
 * Throws naming the parameters a kind does not know.
 * @param allowed e.g. `['figure', 'lane']`
 */
export function checkFigureParams(params: URLSearchParams, allowed: readonly string[]): void {
	const unknown = [...new Set(params.keys())].filter((k) => !allowed.includes(k));
	if (unknown.length > 0) throw new FigureError(`unknown figure parameter${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')} (allowed: ${allowed.join(', ')})`);
}
