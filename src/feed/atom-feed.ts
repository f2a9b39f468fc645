/**
 * Writes an Atom 1.0 feed (RFC 4287, https://www.rfc-editor.org/rfc/rfc4287) as text. Pure: the
 * same input gives the same bytes, and every string is escaped, so a title like `<b> & "x"` stays text.
 */

/** One entry: a page of the site. */
export interface AtomEntry {
	/** Absolute page URL, also used as the entry's permanent id, e.g. `https://x.github.io/t/meetings/2024-11-04/`. */
	url: string;
	/** The page title, e.g. `Notes - Meeting 04/11/24`. */
	title: string;
	/** When the page last changed, e.g. `2024-11-04T00:00:00.000Z`. */
	updated: Date;
	/** A plain-text summary, e.g. the first paragraph. */
	summary: string;
	/** A section name, e.g. `meetings`. */
	category?: string;
}

/** The feed itself. */
export interface AtomFeedInput {
	/** Absolute URL of the feed, e.g. `https://x.github.io/t/feed.xml`; also its id. */
	selfUrl: string;
	/** Absolute URL of the site's start page, e.g. `https://x.github.io/t/`. */
	siteUrl: string;
	/** e.g. `Scheduled wake-ups of Kubernetes operators` */
	title: string;
	/** e.g. `New meeting notes and findings`. */
	subtitle?: string;
	/** Names of the authors, e.g. `['Robbe Haegeman']`; Atom needs at least one author. */
	authors: string[];
	/** Who may reuse the content, e.g. `CC-BY-4.0 (https://creativecommons.org/licenses/by/4.0/)`; left out when unknown. */
	rights?: string;
	/** Keywords of the whole feed, e.g. `['Kubernetes']`, as feed-level categories. */
	categories?: string[];
	entries: AtomEntry[];
}

/**
 * Escapes text for XML content and attribute values, dropping characters XML 1.0 cannot carry.
 * @param text e.g. `a < b & "c"` -> `a &lt; b &amp; &quot;c&quot;`
 */
export function escapeXml(text: string): string {
	return text
		.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/**
 * Returns the feed as XML text: newest entry first, `updated` = the newest entry's date.
 * @param input e.g. `{ selfUrl, siteUrl, title, authors: ['Robbe Haegeman'], entries }`
 */
export function atomFeed(input: AtomFeedInput): string {
	const entries = [...input.entries].sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.url.localeCompare(b.url));
	// Without entries there is no change to date the feed by; the epoch keeps the output stable.
	const updated = entries[0]?.updated ?? new Date(0);
	const lines = [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom">',
		`  <id>${escapeXml(input.selfUrl)}</id>`,
		`  <title>${escapeXml(input.title)}</title>`,
		...(input.subtitle ? [`  <subtitle>${escapeXml(input.subtitle)}</subtitle>`] : []),
		`  <updated>${updated.toISOString()}</updated>`,
		`  <link rel="self" type="application/atom+xml" href="${escapeXml(input.selfUrl)}"/>`,
		`  <link rel="alternate" type="text/html" href="${escapeXml(input.siteUrl)}"/>`,
		...input.authors.map((name) => `  <author><name>${escapeXml(name)}</name></author>`),
		...(input.categories ?? []).map((term) => `  <category term="${escapeXml(term)}"/>`),
		...(input.rights ? [`  <rights>${escapeXml(input.rights)}</rights>`] : []),
		...entries.flatMap((entry) => [
			'  <entry>',
			`    <id>${escapeXml(entry.url)}</id>`,
			`    <title>${escapeXml(entry.title)}</title>`,
			`    <updated>${entry.updated.toISOString()}</updated>`,
			`    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
			...(entry.category ? [`    <category term="${escapeXml(entry.category)}"/>`] : []),
			`    <summary type="text">${escapeXml(entry.summary)}</summary>`,
			'  </entry>',
		]),
		'</feed>',
	];
	return `${lines.join('\n')}\n`;
}
