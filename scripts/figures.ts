/**
 * Every figure reference of the content folder (CONTENT_DIR, else content/), checked against its
 * data: the written number, the computed one, and whether they agree at the written precision.
 * Usage: npm run figures -- [--update]
 *   without --update: list them; exit 1 when a number differs from its data or a reference cannot be computed
 *   --update: rewrite each number that differs (and each link still written in words) in place, keeping
 *     the written precision, unit and separators, and print `file:line: 11.5 -> 12.1`
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { checkFigures, type CheckedFigure } from '../src/embeds/check-figures.ts';
import { contentDir } from './lib/content-dir.ts';
import { figurePages } from './lib/figure-pages.ts';
import { rewriteFigureTexts, type FigureEdit } from './lib/rewrite-figure-texts.ts';

const usage = 'usage: npm run figures -- [--update]';

// 1. Check the arguments.
const args = process.argv.slice(2);
const update = args.includes('--update');
const unknown = args.filter((arg) => arg !== '--update');
if (unknown.length > 0) fail(`figures: unknown ${unknown.join(' ')}\n${usage}`);

// 2. Read every page's figure references and check them against their data.
const check = checkFigures(figurePages(contentDir()));

// 3. List them: place, figure, written, computed, verdict.
for (const { page, reference, outcome, error } of check.checked) {
	const at = `${page.display}:${reference.line}`;
	if (error || !outcome) console.log(`${at}  cannot be computed: ${error}`);
	else console.log(`${at}  ${reference.url}  written ${outcome.written ? outcome.written.text : `"${reference.text}" (no number)`}  computed ${outcome.expected}  ${outcome.verdict}`);
}
console.log(`\n${check.checked.length} figure references: ${count('holds')} hold, ${count('differs')} differ, ${count('unwritten')} written in words, ${check.errors.length} cannot be computed`);
for (const line of check.errors) console.error(line);

// 4. Without --update: the differences and the old form, then the exit code.
if (!update) {
	for (const line of [...check.differs, ...check.unwritten]) console.log(line);
	if (check.differs.length > 0) console.log('npm run figures -- --update writes the computed numbers into the Markdown.');
	process.exit(check.differs.length > 0 || check.errors.length > 0 ? 1 : 0);
}

// 5. --update: rewrite each number that differs, and each old-form link, page by page.
const refused: string[] = [];
const byPage = new Map<string, CheckedFigure[]>();
for (const item of check.checked) if (item.outcome && item.outcome.verdict !== 'holds') byPage.set(item.page.path, [...(byPage.get(item.page.path) ?? []), item]);
for (const [path, items] of byPage) {
	const edits: FigureEdit[] = [];
	for (const item of items) {
		const at = `${item.page.display}:${item.reference.line}`;
		if (!item.reference.span) refused.push(`${at}: the link text "${item.reference.text}" has markup: write ${item.outcome!.expected} by hand`);
		else edits.push({ span: item.reference.span, from: item.reference.text, to: item.outcome!.expected });
	}
	try {
		writeFileSync(path, rewriteFigureTexts(readFileSync(path, 'utf8'), edits));
		for (const item of items) if (item.reference.span) console.log(`${item.page.display}:${item.reference.line}: ${item.outcome!.written ? item.reference.text : `"${item.reference.text}"`} -> ${item.outcome!.expected}`);
	} catch (error) {
		refused.push(`${items[0].page.display}: ${(error as Error).message}`);
	}
}
for (const line of refused) console.error(line);
process.exit(refused.length > 0 || check.errors.length > 0 ? 1 : 0);

function count(verdict: string): number {
	return check.checked.filter((item) => item.outcome?.verdict === verdict).length;
}

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}
