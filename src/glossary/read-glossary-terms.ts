/** The terms of a content folder's `glossary.md` as `glossaryTerms` reads them; none when it has no glossary. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glossaryTerms, type GlossaryTerm } from './glossary-terms.ts';

/** E.g. `readGlossaryTerms('/work/main/content')`. */
export function readGlossaryTerms(contentDir: string): GlossaryTerm[] {
	const file = join(contentDir, 'glossary.md');
	return existsSync(file) ? glossaryTerms(readFileSync(file, 'utf8')) : [];
}
