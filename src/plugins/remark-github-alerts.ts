/**
 * GitHub alerts (https://docs.github.com/en/get-started/writing-on-github/getting-started-with-writing-and-formatting-on-github/basic-writing-and-formatting-syntax#alerts)
 * become Starlight asides: the blockquote turns into the `:::variant[Title]{icon=...}` directive
 * that Starlight's own aside plugin renders. Like GitHub: the marker is case-insensitive, `>[!NOTE]`
 * needs no space, the marker must stand alone on the first line (`> [!NOTE] text` stays a quote), and
 * only a top-level quote is an alert ("Alerts cannot be nested within other elements", same page):
 * one in a list item or another quote stays a quote.
 *
 * Why not `starlight-github-alerts`: it titles IMPORTANT and WARNING "Caution" and CAUTION
 * "Danger" (Starlight's variant names), and accepts text after the marker, which GitHub does not.
 */
import type { Blockquote, Paragraph, Root } from 'mdast';
import type {} from 'mdast-util-directive';
import { SKIP, visit } from 'unist-util-visit';

/** How each GitHub alert kind is shown: Starlight variant (colour), title and built-in icon. */
export const alertKinds = {
	note: { variant: 'note', title: 'Note', icon: 'information' },
	tip: { variant: 'tip', title: 'Tip', icon: 'rocket' },
	important: { variant: 'tip', title: 'Important', icon: 'star' },
	warning: { variant: 'caution', title: 'Warning', icon: 'warning' },
	caution: { variant: 'danger', title: 'Caution', icon: 'error' },
} as const;

type AlertKind = keyof typeof alertKinds;

/**
 * The alert kind a blockquote opens with, if any.
 * @param text the first text of the quote, e.g. `"[!NOTE]\nGithub: ..."` -> `note`
 */
export function alertKind(text: string): AlertKind | undefined {
	const match = text.match(/^\[!(\w+)\][ \t]*(\r?\n|$)/);
	const kind = match?.[1].toLowerCase();
	return kind && Object.hasOwn(alertKinds, kind) ? (kind as AlertKind) : undefined;
}

/** Remark plugin turning GitHub alerts into Starlight aside directives. */
export function remarkGithubAlerts() {
	return (tree: Root) => {
		visit(tree, 'blockquote', (node: Blockquote, index, parent) => {
			if (!parent || index === undefined || parent.type !== 'root') return;
			const first = node.children[0];
			const text = first?.type === 'paragraph' && first.children[0]?.type === 'text' ? first.children[0] : undefined;
			const kind = text ? alertKind(text.value) : undefined;
			if (!text || !kind) return;
			text.value = text.value.replace(/^\[!\w+\][ \t]*\r?\n?/, '');
			if (text.value === '') (first as Paragraph).children.shift();
			const body = (first as Paragraph).children.length === 0 ? node.children.slice(1) : node.children;
			const { variant, title, icon } = alertKinds[kind];
			parent.children[index] = {
				type: 'containerDirective',
				name: variant,
				attributes: { icon },
				children: [{ type: 'paragraph', data: { directiveLabel: true }, children: [{ type: 'text', value: title }] }, ...body],
				...(node.position ? { position: node.position } : {}),
			};
			return SKIP;
		});
	};
}
