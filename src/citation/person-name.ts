/** Turns a name as people write it in front matter into the given/family parts citations need. */
import type { Person } from '../config/site-meta.ts';

/**
 * Splits a written name: "Family, Given" as BibTeX writes it, else the last word is the family name.
 * Lower-case particles before the last word stay with the family name ("Ludwig van Beethoven").
 * @param name e.g. `"Robbe Haegeman"` -> `{ given: 'Robbe', family: 'Haegeman' }`
 */
export function parsePersonName(name: string): Person {
	const text = name.trim().replace(/\s+/g, ' ');
	if (!text) throw new Error('An author name is empty.');
	const comma = text.indexOf(',');
	if (comma >= 0) {
		const family = text.slice(0, comma).trim();
		const given = text.slice(comma + 1).trim();
		if (!family || !given) throw new Error(`Author "${name}" must read "Family, Given" or "Given Family".`);
		return { given, family };
	}
	const words = text.split(' ');
	if (words.length === 1) throw new Error(`Author "${name}" needs a given and a family name (e.g. "Robbe Haegeman").`);
	let start = words.length - 1;
	while (start > 1 && /^\p{Ll}/u.test(words[start - 1])) start--;
	return { given: words.slice(0, start).join(' '), family: words.slice(start).join(' ') };
}

/**
 * "Given Family", for display; an organisation's name as it is.
 * @param person e.g. `{ given: 'Robbe', family: 'Haegeman' }` -> `"Robbe Haegeman"`
 */
export function displayName(person: Person): string {
	return person.given ? `${person.given} ${person.family}` : person.family;
}
