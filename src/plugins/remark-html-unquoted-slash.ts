/**
 * Raw HTML with a `/` in an unquoted attribute value (`<img src=./x.png width=500>`) is HTML, as on
 * GitHub (https://spec.commonmark.org/0.31.2/#unquoted-attribute-value), where micromark would show
 * it as text. The syntax is in `html-unquoted-slash.ts`; the content model's parser
 * (src/content-loader/parse-markdown.ts) uses the same extension, so both read a page alike.
 */
// Declares `micromarkExtensions` on the processor's data.
import type {} from 'remark-parse';
import type { Processor } from 'unified';
import { htmlUnquotedSlash } from '../github-markdown/html-unquoted-slash.ts';

/** Remark plugin adding the micromark extension. */
export function remarkHtmlUnquotedSlash(this: Processor) {
	(this.data().micromarkExtensions ??= []).push(htmlUnquotedSlash);
}
