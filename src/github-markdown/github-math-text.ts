/**
 * A micromark construct for math in text with GitHub's dollar rules, in place of remark-math's
 * own `mathText` (which pairs any two equal runs of dollars, so `it costs $5 and $10` becomes math).
 * It emits the same tokens (`mathText`, `mathTextSequence`, `mathTextData`), so `mdast-util-math`
 * turns them into `inlineMath` nodes as usual.
 *
 * GitHub documents the syntax (`$...$` and `` $`...`$ ``, https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/writing-mathematical-expressions)
 * but not when a dollar is no delimiter. We follow Pandoc's `tex_math_dollars` rule
 * (https://pandoc.org/MANUAL.html#extension-tex_math_dollars), which comrak's `math_dollars`
 * (https://github.com/kivikakk/comrak/blob/main/src/tests/fixtures/math_dollars.md) also follows
 * and which keeps GitHub's prices and shell variables as text:
 *
 * - `$x$`: the opening `$` is not followed by whitespace; the next unescaped `$` closes the math if
 *   it is not preceded by whitespace nor followed by a digit, else there is no math from here (so
 *   GitHub's own example `To split <span>$</span>100 in half, we calculate $100/2$` keeps `$100`
 *   as text); inline math does not cross a line ending; `\$` inside is TeX's escaped dollar;
 * - `$$x$$` in a line: display math (the rehype step draws it as a block, as GitHub does);
 * - `` $`x`$ ``: like a code span fenced by dollars: ends at the same run of backticks followed by `$`.
 *
 * Hand-written because remark-math has no option for these rules (only `singleDollarTextMath`,
 * which turns single dollars off altogether).
 */
// The token types (`mathText`, ...) are remark-math's, declared by micromark-extension-math.
import type {} from 'micromark-extension-math';
import { asciiDigit, markdownLineEnding, markdownLineEndingOrSpace } from 'micromark-util-character';
import { codes } from 'micromark-util-symbol';
import type { Code, Construct, Effects, State, TokenizeContext } from 'micromark-util-types';

/**
 * The construct, registered for `$` in text. A `$` right after another one opens nothing (so a run
 * is read as one), unless that one was escaped (`\$`) or closed math (`$a$$b$` is two formulas).
 */
export const githubMathText: Construct = {
	name: 'githubMathText',
	tokenize: tokenizeGithubMathText,
	previous(code) {
		const last = this.events.at(-1)?.[1].type;
		return code !== codes.dollarSign || last === 'characterEscape' || last === 'mathText';
	},
};

function tokenizeGithubMathText(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
	let dollars = 0;
	let ticks = 0;
	/** Whether the last character inside the math was whitespace (a single `$` cannot close after it). */
	let afterWhitespace = false;
	let closing = 0;
	let closer: ReturnType<Effects['enter']> | undefined;

	return (code) => {
		effects.enter('mathText');
		effects.enter('mathTextSequence');
		return openDollars(code);
	};

	function openDollars(code: Code): State | undefined {
		if (code === codes.dollarSign && dollars < 2) {
			effects.consume(code);
			dollars++;
			return openDollars;
		}
		if (code === codes.dollarSign) return nok(code);
		if (dollars === 1 && code === codes.graveAccent) return openTicks(code);
		if (dollars === 1 && (code === null || markdownLineEndingOrSpace(code))) return nok(code);
		effects.exit('mathTextSequence');
		return ticks > 0 ? inTicks(code) : inDollars(code);
	}

	function openTicks(code: Code): State | undefined {
		if (code === codes.graveAccent) {
			effects.consume(code);
			ticks++;
			return openTicks;
		}
		effects.exit('mathTextSequence');
		return inTicks(code);
	}

	/** Inside `$...$` or `$$...$$`. */
	function inDollars(code: Code): State | undefined {
		if (code === null) return nok(code);
		if (markdownLineEnding(code)) {
			if (dollars === 1) return nok(code);
			return lineEnding(code, inDollars);
		}
		if (code === codes.dollarSign) {
			closer = effects.enter('mathTextSequence');
			closing = 0;
			return dollars === 1 ? closeDollar(code) : closeDollars(code);
		}
		effects.enter('mathTextData');
		return dollarData(code);
	}

	function dollarData(code: Code): State | undefined {
		if (code === null || code === codes.dollarSign || markdownLineEnding(code)) {
			effects.exit('mathTextData');
			return inDollars(code);
		}
		afterWhitespace = markdownLineEndingOrSpace(code);
		effects.consume(code);
		return code === codes.backslash ? escaped : dollarData;
	}

	/** After `\` in math: a `$` here is part of the TeX (`\$`), not a closer; `\\` is one escaped backslash. */
	function escaped(code: Code): State | undefined {
		if (code === codes.dollarSign || code === codes.backslash) {
			afterWhitespace = false;
			effects.consume(code);
			return dollarData;
		}
		return dollarData(code);
	}

	/** The first unescaped `$` after a single `$` closes the math, or there is none (`$5 and $10`). */
	function closeDollar(code: Code): State | undefined {
		effects.consume(code);
		return (next: Code) => {
			if (afterWhitespace || asciiDigit(next)) return nok(next);
			effects.exit('mathTextSequence');
			effects.exit('mathText');
			return ok(next);
		};
	}

	/** `$$...$$` ends at the next run of exactly two dollars; other runs are part of the TeX. */
	function closeDollars(code: Code): State | undefined {
		if (code === codes.dollarSign) {
			effects.consume(code);
			closing++;
			return closeDollars;
		}
		if (closing === 2) {
			effects.exit('mathTextSequence');
			effects.exit('mathText');
			return ok(code);
		}
		closer!.type = 'mathTextData';
		return dollarData(code);
	}

	/** Inside `` $`...`$ ``: everything up to the same run of backticks followed by `$`. */
	function inTicks(code: Code): State | undefined {
		if (code === null) return nok(code);
		if (markdownLineEnding(code)) return lineEnding(code, inTicks);
		if (code === codes.graveAccent) {
			closer = effects.enter('mathTextSequence');
			closing = 0;
			return closeTicks(code);
		}
		effects.enter('mathTextData');
		return tickData(code);
	}

	function tickData(code: Code): State | undefined {
		if (code === null || code === codes.graveAccent || markdownLineEnding(code)) {
			effects.exit('mathTextData');
			return inTicks(code);
		}
		effects.consume(code);
		return tickData;
	}

	function closeTicks(code: Code): State | undefined {
		if (code === codes.graveAccent) {
			effects.consume(code);
			closing++;
			return closeTicks;
		}
		if (closing === ticks && code === codes.dollarSign) {
			effects.consume(code);
			effects.exit('mathTextSequence');
			effects.exit('mathText');
			return ok;
		}
		closer!.type = 'mathTextData';
		return tickData(code);
	}

	function lineEnding(code: Code, next: (code: Code) => State | undefined): State | undefined {
		effects.enter('lineEnding');
		effects.consume(code);
		effects.exit('lineEnding');
		afterWhitespace = true;
		return next;
	}
}
