/**
 * Raw HTML whose unquoted attribute value holds a `/` (`<img src=./x.png width=500>`,
 * `<a href=notes/other.md>`), read as HTML the way GitHub reads it.
 *
 * GitHub's Markdown engine (cmark-gfm) follows CommonMark, where an unquoted attribute value is
 * "a nonempty string of characters not including spaces, tabs, line endings, `"`, `'`, `=`, `<`,
 * `>`, or `` ` ``" (https://spec.commonmark.org/0.31.2/#unquoted-attribute-value): a `/` is
 * allowed. micromark (remark's parser) ends an unquoted value at `/` and then wants the `/>` of a
 * self-closing tag, both in text (`tagOpenAttributeValueUnquoted`,
 * https://github.com/micromark/micromark/blob/774a70c6bae6dd94486d3385dbd9a0f14550b709/packages/micromark-core-commonmark/dev/lib/html-text.js#L641-L663)
 * and for the HTML blocks that start with a complete open tag (start condition 7,
 * `completeAttributeValueUnquoted`,
 * https://github.com/micromark/micromark/blob/774a70c6bae6dd94486d3385dbd9a0f14550b709/packages/micromark-core-commonmark/dev/lib/html-flow.js#L551-L568).
 * So `x <img src=a/b>` stays literal text (and GFM autolinks a URL inside it) where GitHub shows
 * an image. We found no report of this in micromark's issue tracker
 * (https://github.com/micromark/micromark/issues).
 *
 * These constructs run AFTER micromark's own (`add: 'after'`) and claim only an open tag that
 * micromark rejected and that has a `/` in an unquoted value, so everything micromark reads as
 * HTML, and everything else, stays as it was. They emit micromark's own tokens (`htmlText`,
 * `htmlFlow`, ...), so mdast-util-from-markdown makes the usual `html` nodes. Where raw HTML is
 * switched off (MDX turns off `htmlText` and `htmlFlow`), they do nothing.
 *
 * Hand-written because micromark has no option for this rule and no hook to change one state of
 * its HTML constructs; patching node_modules would not survive an install.
 */
import { asciiAlpha, asciiAlphanumeric, markdownLineEnding, markdownSpace } from 'micromark-util-character';
import { codes } from 'micromark-util-symbol';
import type { Code, Construct, Effects, Extension, Resolver, State, TokenizeContext } from 'micromark-util-types';

/** A character of a tag name after its first letter: letters, digits, `-`. */
function isTagNameChar(code: Code): boolean {
	return asciiAlphanumeric(code) || code === codes.dash;
}

/** The first character of an attribute name: a letter, `_` or `:`. */
function isAttributeNameStart(code: Code): boolean {
	return asciiAlpha(code) || code === codes.underscore || code === codes.colon;
}

/** A later character of an attribute name: also digits, `.` and `-`. */
function isAttributeNameChar(code: Code): boolean {
	return isTagNameChar(code) || code === codes.underscore || code === codes.colon || code === codes.dot;
}

/**
 * What the tag reader does at a line ending inside the tag (in text: part of the tag; in a block:
 * no match), and where it goes after the closing `>`.
 */
interface TagEnds {
	lineEnding: (code: Code, next: State) => State | undefined;
	after: State;
}

/**
 * Reads a CommonMark open tag (https://spec.commonmark.org/0.31.2/#open-tag) from its `<`, and
 * fails unless an unquoted attribute value in it holds a `/`.
 */
function openTag(effects: Effects, nok: State, ends: TagEnds): State {
	/** Whether whitespace came since the tag name or the last attribute: the next attribute needs it. */
	let spaced = false;
	let slashInValue = false;
	let marker: Code = null;

	return (code) => {
		effects.consume(code);
		return tagNameStart;
	};

	function tagNameStart(code: Code): State | undefined {
		if (!asciiAlpha(code)) return nok(code);
		effects.consume(code);
		return tagName;
	}

	function tagName(code: Code): State | undefined {
		if (!isTagNameChar(code)) return between(code);
		effects.consume(code);
		return tagName;
	}

	/** After the tag name, an attribute name or a value: whitespace, an attribute, `/>` or `>`. */
	function between(code: Code): State | undefined {
		if (markdownSpace(code)) {
			effects.consume(code);
			spaced = true;
			return between;
		}
		if (markdownLineEnding(code)) {
			spaced = true;
			return ends.lineEnding(code, between);
		}
		if (code === codes.slash) {
			effects.consume(code);
			return (next: Code) => (next === codes.greaterThan ? end(next) : nok(next));
		}
		if (code === codes.greaterThan) return end(code);
		if (!spaced || !isAttributeNameStart(code)) return nok(code);
		effects.consume(code);
		spaced = false;
		return attributeName;
	}

	function attributeName(code: Code): State | undefined {
		if (!isAttributeNameChar(code)) return attributeNameAfter(code);
		effects.consume(code);
		return attributeName;
	}

	function attributeNameAfter(code: Code): State | undefined {
		if (markdownSpace(code)) {
			effects.consume(code);
			spaced = true;
			return attributeNameAfter;
		}
		if (markdownLineEnding(code)) {
			spaced = true;
			return ends.lineEnding(code, attributeNameAfter);
		}
		if (code !== codes.equalsTo) return between(code);
		effects.consume(code);
		return valueStart;
	}

	function valueStart(code: Code): State | undefined {
		if (markdownSpace(code)) {
			effects.consume(code);
			return valueStart;
		}
		if (markdownLineEnding(code)) return ends.lineEnding(code, valueStart);
		if (code === codes.quotationMark || code === codes.apostrophe) {
			marker = code;
			effects.consume(code);
			return quoted;
		}
		if (code === null || code === codes.lessThan || code === codes.equalsTo || code === codes.greaterThan || code === codes.graveAccent) return nok(code);
		return unquoted(code);
	}

	function quoted(code: Code): State | undefined {
		if (code === null) return nok(code);
		if (markdownLineEnding(code)) return ends.lineEnding(code, quoted);
		effects.consume(code);
		if (code !== marker) return quoted;
		spaced = false;
		return between;
	}

	/** The rule this file is for: a `/` is part of the value; only whitespace or `>` ends it. */
	function unquoted(code: Code): State | undefined {
		if (code === null || code === codes.quotationMark || code === codes.apostrophe || code === codes.equalsTo || code === codes.lessThan || code === codes.graveAccent) return nok(code);
		if (code === codes.greaterThan || markdownSpace(code) || markdownLineEnding(code)) {
			spaced = false;
			return between(code);
		}
		if (code === codes.slash) slashInValue = true;
		effects.consume(code);
		return unquoted;
	}

	function end(code: Code): State | undefined {
		if (!slashInValue) return nok(code);
		effects.consume(code);
		return ends.after;
	}
}

/** Skips spaces and tabs at the start of a line (a `linePrefix`, which the syntax tree leaves out), then goes on. */
function skipSpaces(effects: Effects, next: State): State {
	const inside: State = (code) => {
		if (markdownSpace(code)) {
			effects.consume(code);
			return inside;
		}
		effects.exit('linePrefix');
		return next(code);
	};
	return (code) => {
		if (!markdownSpace(code)) return next(code);
		effects.enter('linePrefix');
		return inside(code);
	};
}

/** Inline raw HTML (https://spec.commonmark.org/0.31.2/#raw-html), e.g. `x <img src=a/b> y`. */
const htmlTextUnquotedSlash: Construct = {
	name: 'htmlTextUnquotedSlash',
	add: 'after',
	tokenize(this: TokenizeContext, effects, ok, nok) {
		if (this.parser.constructs.disable.null?.includes('htmlText')) return nok;
		const after: State = (code) => {
			effects.exit('htmlTextData');
			effects.exit('htmlText');
			return ok(code);
		};
		// A tag may span lines in a paragraph; a continuation line's indent is not part of it.
		const lineEnding = (code: Code, next: State): State | undefined => {
			effects.exit('htmlTextData');
			effects.enter('lineEnding');
			effects.consume(code);
			effects.exit('lineEnding');
			return skipSpaces(effects, (first) => {
				effects.enter('htmlTextData');
				return next(first);
			});
		};
		const tag = openTag(effects, nok, { lineEnding, after });
		return (code) => {
			effects.enter('htmlText');
			effects.enter('htmlTextData');
			return tag(code);
		};
	},
};

/** A line ending followed by a blank line (or the end): the end of an HTML block. */
const blankLineNext: Construct = {
	partial: true,
	tokenize(effects, ok, nok) {
		return (code) => {
			effects.enter('lineEnding');
			effects.consume(code);
			effects.exit('lineEnding');
			return skipSpaces(effects, (next) => (next === null || markdownLineEnding(next) ? ok(next) : nok(next)));
		};
	},
};

/** A line ending followed by a line that is not lazy (outside the block quote or list the block is in). */
const nonLazyLineNext: Construct = {
	partial: true,
	tokenize(this: TokenizeContext, effects, ok, nok) {
		return (code) => {
			if (code === null) return nok(code);
			effects.enter('lineEnding');
			effects.consume(code);
			effects.exit('lineEnding');
			return (next: Code) => (this.parser.lazy[this.now().line] ? nok(next) : ok(next));
		};
	},
};

/** The block's indent (up to three spaces) is part of the HTML, as in micromark's own HTML blocks. */
const indentIntoBlock: Resolver = (events) => {
	const open = events.findLastIndex(([kind, token]) => kind === 'enter' && token.type === 'htmlFlow');
	const indent = events[open - 2]?.[1];
	if (indent?.type !== 'linePrefix') return events;
	events[open]![1].start = indent.start;
	events[open + 1]![1].start = indent.start;
	events.splice(open - 2, 2);
	return events;
};

/**
 * An HTML block of start condition 7 (https://spec.commonmark.org/0.31.2/#html-blocks): a line
 * holding only a complete open tag, not interrupting a paragraph; the block runs to a blank line.
 * Tags named `pre`, `script`, `style` and `textarea` (excluded from condition 7) never get here:
 * micromark's start condition 1 takes them.
 */
const htmlFlowUnquotedSlash: Construct = {
	name: 'htmlFlowUnquotedSlash',
	add: 'after',
	concrete: true,
	resolveTo: indentIntoBlock,
	tokenize(this: TokenizeContext, effects, ok, nok) {
		if (this.parser.constructs.disable.null?.includes('htmlFlow')) return nok;
		// Condition 7 cannot interrupt a paragraph; a lazy line is no continuation of one (as in micromark).
		if (this.interrupt && !this.parser.lazy[this.now().line]) return nok;
		const done: State = (code) => {
			effects.exit('htmlFlow');
			return ok(code);
		};
		const lineEnd: State = (code) => {
			if (code === null) return done(code);
			return effects.check(blankLineNext, done, effects.check(nonLazyLineNext, nextLine, done))(code);
		};
		const nextLine: State = (code) => {
			effects.enter('lineEnding');
			effects.consume(code);
			effects.exit('lineEnding');
			effects.enter('htmlFlowData');
			return line;
		};
		const line: State = (code) => {
			if (code === null || markdownLineEnding(code)) {
				effects.exit('htmlFlowData');
				return lineEnd(code);
			}
			effects.consume(code);
			return line;
		};
		// After the tag, only whitespace on its line.
		const after: State = (code) => {
			if (code === null || markdownLineEnding(code)) return line(code);
			if (!markdownSpace(code)) return nok(code);
			effects.consume(code);
			return after;
		};
		const tag = openTag(effects, nok, { lineEnding: (code) => nok(code), after });
		return (code) => {
			effects.enter('htmlFlow');
			effects.enter('htmlFlowData');
			return tag(code);
		};
	},
};

/**
 * The micromark extension: `<` in text and at the start of a block.
 * @example `fromMarkdown('x <img src=a/b>', { extensions: [htmlUnquotedSlash] })` has an `html` node `<img src=a/b>`
 */
export const htmlUnquotedSlash: Extension = {
	text: { [codes.lessThan]: htmlTextUnquotedSlash },
	flow: { [codes.lessThan]: htmlFlowUnquotedSlash },
};
