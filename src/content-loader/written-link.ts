/** A link or image written in a page, in Markdown or raw HTML, with its line in the file. */
export interface WrittenLink {
	/** As written, e.g. `../reconcile_testing_operators/` or `Meeting%2011-04.md#agenda`. */
	url: string;
	line: number;
	/** `image` for `![..](..)` and HTML `src`/`srcset`/`poster`, `link` for links, link reference definitions and `<a href>`. */
	kind: 'link' | 'image';
}
