/**
 * The YAML body of an embedded block, read with line numbers: a syntax error, an unknown key or a
 * bad value is reported at the line inside the block where it stands (the plugin adds the fence's
 * line), never ignored. Each kind checks its own keys' values (`trace-block-options.ts`, ...).
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';

/** A problem in a block's options, with the 1-based line inside the block when known. */
export class BlockOptionsError extends Error {
	line?: number;
	constructor(message: string, line?: number) {
		super(message);
		this.name = 'BlockOptionsError';
		this.line = line;
	}
}

/** A block's body as a plain object, with the line of each top-level key. */
export interface BlockYaml {
	data: Record<string, unknown>;
	/** 1-based line of a key inside the block, e.g. `lineOf('src')` -> 1; undefined for a key not written. */
	lineOf(key: string): number | undefined;
}

/**
 * Parses the YAML body of a ```<kind> block into a mapping.
 * @param yaml e.g. `"src: ./x.csv\ntitle: X\n"`; @param kind e.g. `trace` (for messages)
 */
export function parseBlockYaml(yaml: string, kind: string): BlockYaml {
	const counter = new LineCounter();
	const doc = parseDocument(yaml, { lineCounter: counter });
	if (doc.errors.length > 0) {
		const error = doc.errors[0];
		throw new BlockOptionsError(`bad YAML in the ${kind} block: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`, error.linePos?.[0].line);
	}
	const data = doc.toJS() as unknown;
	if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new BlockOptionsError(`a ${kind} block must be a YAML mapping with at least \`src: <file>\``);
	const lines = new Map<string, number>();
	if (isMap(doc.contents)) {
		for (const pair of doc.contents.items) {
			if (isScalar(pair.key) && pair.key.range) lines.set(String(pair.key.value), counter.linePos(pair.key.range[0]).line);
		}
	}
	return { data: data as Record<string, unknown>, lineOf: (key) => lines.get(key) };
}

/**
 * Throws at the first unknown key, naming every unknown key and the allowed ones.
 * @param allowed e.g. `['src', 'title']`
 */
export function checkKnownKeys(data: Record<string, unknown>, allowed: readonly string[], lineOf: (key: string) => number | undefined = () => undefined): void {
	const unknown = Object.keys(data).filter((k) => !allowed.includes(k));
	if (unknown.length === 0) return;
	throw new BlockOptionsError(`unknown key${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `\`${k}\``).join(', ')} (allowed: ${allowed.join(', ')})`, lineOf(unknown[0]));
}
