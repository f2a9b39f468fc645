/**
 * How a remark plugin puts build-time markup in place of a fenced block: an mdast paragraph that
 * carries its own hast, which mdast-util-to-hast emits as is, in `.md` and `.mdx` alike.
 */
import type { Element } from 'hast';
import type { RootContent } from 'mdast';

/** The mdast node standing for `element`, e.g. a trace viewer's `<figure>`. */
export function hastParagraph(element: Element): RootContent {
	return { type: 'paragraph', children: [], data: { hName: element.tagName, hProperties: element.properties, hChildren: element.children } } as RootContent;
}
