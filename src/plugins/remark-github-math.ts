/**
 * Math as GitHub writes it (https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/writing-mathematical-expressions):
 * `$...$` and `` $`...`$ `` in text, `$$...$$` blocks; ```` ```math ```` blocks are ordinary fenced
 * code that `rehype-github-math.ts` draws. remark-math parses the blocks; math in text uses our
 * construct with GitHub's dollar rules (`github-math-text.ts`) instead of remark-math's, which
 * would read `it costs $5 and $10` as math. Code spans and code blocks stay as written (micromark
 * reads them before any dollar inside them).
 */
import { codes } from 'micromark-util-symbol';
import remarkMath from 'remark-math';
// Declares `micromarkExtensions` on the processor's data.
import type {} from 'remark-parse';
import type { Processor } from 'unified';
import { githubMathText } from '../github-markdown/github-math-text.ts';

/** Remark plugin: the math syntax, read the way GitHub reads it. */
export function remarkGithubMath(this: Processor) {
	remarkMath.call(this);
	const data = this.data();
	// Our construct for `$` in text; remark-math's own is switched off by name.
	(data.micromarkExtensions ??= []).push({ text: { [codes.dollarSign]: githubMathText }, disable: { null: ['mathText'] } });
}
