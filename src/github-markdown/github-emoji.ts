/**
 * Emoji shortcodes as on GitHub (https://docs.github.com/en/get-started/writing-on-github/getting-started-with-writing-and-formatting-on-github/basic-writing-and-formatting-syntax#using-emojis):
 * `:tada:`, `:+1:`, `:white_check_mark:` become their emoji, by GitHub's own list (the `gemoji`
 * package, through `remark-gemoji`). A name not on the list stays as typed, and code spans and
 * blocks are left alone (only text is rewritten).
 *
 * Differences: GitHub wraps each emoji in a `<g-emoji>` element and draws its few emoji without a
 * Unicode character (`:octocat:`, `:shipit:`) as images; we write the Unicode character, which
 * search and screen readers read as text, and leave those few as typed.
 */
import remarkGemoji from 'remark-gemoji';

/** The transform replacing known shortcodes in an mdast tree, e.g. `Done :tada:` -> `Done 🎉`; the content model and the emoji plugin both run it. */
export const githubEmoji = remarkGemoji;
