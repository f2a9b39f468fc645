/**
 * Cuts the records out of a JSON document line by line, so that a large file is never one
 * string: the elements of the top-level array (`[{..}, {..}]`), or of the array under a top-level
 * key (hyperfine's `{"results": [{..}]}`). Each element's text is handed out with the line it
 * starts on, for `JSON.parse` to check; brackets and strings are tracked to find where elements
 * end, and the punctuation between them is not checked further.
 */
import { BenchmarkInputError } from './benchmark-input-error.ts';
import type { SourceLine } from './file-lines.ts';

/** An element's JSON text and its first line, e.g. `{ text: '{"x":1}', line: 2 }`. */
export interface JsonElement {
	text: string;
	line: number;
}

/**
 * The object elements of the top-level array, or with `key` of the array at that top-level key,
 * e.g. `[...jsonElements(lines, 'results.json', 'results')]`.
 */
export function* jsonElements(lines: Iterable<SourceLine>, file: string, key?: string): Generator<JsonElement> {
	const fail = (reason: string, line: number): never => {
		throw new BenchmarkInputError(file, reason, line);
	};
	let depth = 0; // open brackets
	let elementDepth = key === undefined ? 1 : -1; // the depth inside the array whose elements we want
	let inString = false;
	let escaped = false;
	let stringStart = 0;
	let lastString = '';
	let lastKey = '';
	let started = false;
	let finished = false;
	let parts: string[] | undefined; // the element being cut out
	let partStart = 0;
	let elementLine = 0;
	let lastLine = 1;
	for (const { text, number } of lines) {
		lastLine = number;
		partStart = 0;
		for (let i = 0; i < text.length; i++) {
			const c = text[i];
			if (inString) {
				if (escaped) escaped = false;
				else if (c === '\\') escaped = true;
				else if (c === '"') {
					inString = false;
					if (depth === 1) lastString = text.slice(stringStart, i);
				}
				continue;
			}
			if (c === ' ' || c === '\t' || c === '\r' || c === ',') continue;
			if (finished) fail('unexpected text after the end of the JSON document', number);
			if (!started) {
				started = true;
				if (key === undefined && c !== '[') fail('a JSON array of cases must start with "["', number);
				if (key !== undefined && c !== '{') fail(`expected a JSON object with a "${key}" array`, number);
			}
			if (c === '"') {
				inString = true;
				stringStart = i + 1;
			} else if (c === ':') {
				if (depth === 1) lastKey = lastString;
			} else if (c === '{' || c === '[') {
				if (depth === elementDepth && !parts) {
					if (c !== '{') fail('an element of the array is not a JSON object', number);
					parts = [];
					partStart = i;
					elementLine = number;
				}
				depth++;
				if (key !== undefined && depth === 2 && c === '[' && lastKey === key && elementDepth === -1) elementDepth = 2;
			} else if (c === '}' || c === ']') {
				depth--;
				if (depth < 0) fail(`unbalanced "${c}"`, number);
				if (parts && depth === elementDepth) {
					parts.push(text.slice(partStart, i + 1));
					yield { text: parts.join(''), line: elementLine };
					parts = undefined;
				}
				if (depth === 0) finished = true;
			} else if (depth === elementDepth && !parts) fail('an element of the array is not a JSON object', number);
		}
		if (parts) parts.push(`${text.slice(partStart)}\n`);
	}
	if (!started) fail('empty file: no cases', 1);
	if (!finished) fail(parts ? 'the file ends inside this element' : 'the file ends before the JSON document is closed', parts ? elementLine : lastLine);
	if (elementDepth === -1) fail(`no "${key}" array at the top level`, 1);
}
