/**
 * The one allowlist for HTML in notes: which tags, attributes and URL schemes survive. It is
 * hast-util-sanitize's `defaultSchema`, which follows GitHub's sanitization filter
 * (https://github.com/syntax-tree/hast-util-sanitize/blob/e9dba3269d2750d99f3334883b9e09aec77b69e0/lib/schema.js), with the elements
 * that GitHub's published allowlist has and that schema lacks
 * (https://github.com/gjtorikian/html-pipeline/blob/c99d76dbfe817598387c371af342e25abdccd363/lib/html_pipeline/sanitization_filter.rb),
 * and with what our own Markdown adds. Each change below says why. Markup the site itself makes
 * (asides, trace viewers, footnotes, task boxes) never meets this schema: see site-markup.ts.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { USER_CONTENT_PREFIX } from './user-content-anchor.ts';

const defaults = defaultSchema.attributes ?? {};

/** What github.com lets through, as far as its sources say: the default plus its published extras (`npm run parity` models GitHub with it). */
export const githubSchema: Schema = {
	...defaultSchema,
	tagNames: [
		...(defaultSchema.tagNames ?? []),
		// On GitHub's published allowlist, missing from hast-util-sanitize's.
		'abbr', 'bdo', 'caption', 'cite', 'dfn', 'figcaption', 'figure', 'mark', 'small', 'time', 'wbr',
	],
};

/** The site's schema: GitHub's, changed where each line says; e.g. `sanitize(tree, sanitizeSchema)`. */
export const sanitizeSchema: Schema = {
	...githubSchema,
	// GitHub's prefix (the default's, checked by a test), named once for the code that follows prefixed ids.
	clobberPrefix: USER_CONTENT_PREFIX,
	tagNames: [
		// hast-util-sanitize allows `input` for task list boxes; we keep those as the Markdown renderer's own
		// markup instead (site-markup.ts), so an author's `<input>` goes, as on GitHub.
		...(githubSchema.tagNames ?? []).filter((tagName) => tagName !== 'input'),
		// Not on GitHub's list: a note may show a recording shipped with the site (issue 9). Without
		// `autoplay`: a video starts when the reader asks.
		'video',
	],
	attributes: {
		...defaults,
		// remark-math marks math this way for rehype-katex, which runs after sanitizing (issue 9, math).
		code: [['className', /^language-./, 'math-inline', 'math-display']],
		source: [...(defaults.source ?? []), 'src', 'type'],
		video: ['src', 'poster', 'controls', 'loop', 'muted', 'playsInline', 'preload'],
	},
	protocols: {
		...defaultSchema.protocols,
		// A poster is an image URL like `src`.
		poster: ['http', 'https'],
	},
};
