/**
 * `npm run figures -- --update` rewrites a number where the parser found it and nothing else: the
 * places figure-link-texts.ts reads, and rewrite-figure-texts.ts editing only those characters.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMarkdown } from '../../../src/content-loader/parse-markdown.ts';
import { figureLinkTexts } from '../../../src/embeds/shared/figure-link-texts.ts';
import { rewriteFigureTexts } from '../../../scripts/lib/rewrite-figure-texts.ts';

const source = '\uFEFF---\ntitle: Figures\n---\n# Figures\r\n\r\n| Figure | Value |\r\n| --- | --- |\r\n| Rate | [11.5](x.csv#figure=wakeupsPerMinute) |\r\n\r\nGap **[5.20 s](x.csv#figure=medianGapMs)**, loaded [about `38.8%`](x.csv#figure=unload.loadedFraction), [a](y.md).\r\n';

test('figure links are found with their text and where it stands; text with code has no place', () => {
	const figures = figureLinkTexts(parseMarkdown(source).tree);
	assert.deepEqual(figures.map(({ url, line, text, span }) => [url.split('=')[1], line, text, span && [span.line, span.column, span.endColumn]]), [
		['wakeupsPerMinute', 8, '11.5', [8, 11, 15]],
		['medianGapMs', 10, '5.20 s', [10, 8, 14]],
		['unload.loadedFraction', 10, 'about 38.8%', undefined],
	]);
});

test('rewriting changes the numbers and no other character (front matter, CRLF, byte order mark kept)', () => {
	const [rate, gap] = figureLinkTexts(parseMarkdown(source).tree);
	const rewritten = rewriteFigureTexts(source, [
		{ span: rate.span!, from: '11.5', to: '12.1' },
		{ span: gap.span!, from: '5.20 s', to: '5.00 s' },
	]);
	assert.equal(rewritten, source.replace('[11.5]', '[12.1]').replace('[5.20 s]', '[5.00 s]'));
});

test('text that is not what the tree read (escaped) is refused, naming the line', () => {
	const escaped = 'See [1\\,001](x.csv#figure=records).\n';
	const [figure] = figureLinkTexts(parseMarkdown(escaped).tree);
	assert.throws(() => rewriteFigureTexts(escaped, [{ span: figure.span!, from: figure.text, to: '1,002' }]), /line 1: the link text is written as "1\\,001", not "1,001"/);
});
