/**
 * Remark plugin: emoji shortcodes as on GitHub. The rule itself, and how it differs from
 * github.com, is in `github-markdown/github-emoji.ts`, which the content model runs too (titles
 * and heading anchors are made from the text GitHub shows).
 */
import { githubEmoji } from '../github-markdown/github-emoji.ts';

/** Remark plugin replacing known shortcodes, e.g. `Done :tada:` -> `Done 🎉`. */
export const remarkGithubEmoji = githubEmoji;
