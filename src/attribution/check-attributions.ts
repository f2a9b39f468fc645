/**
 * Finds every file under a `third-party/` folder of the content and checks its attribution sidecar.
 * All problems are collected and thrown as ONE error, one line per file, so a single build run
 * shows everything to fix.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { type Attribution, attributionSchema, sidecarName, thirdPartyFolder } from './schema.ts';

/** A third-party file with its checked attribution. */
export interface AttributedFile {
	/** Absolute path of the file. */
	file: string;
	/** Path relative to the content folder with `/`, e.g. `findings/third-party/diagram.svg`. */
	path: string;
	/** Its attribution. */
	attribution: Attribution;
}

/** One problem: which file, and what is wrong with its sidecar. */
export interface AttributionProblem {
	/** Path relative to the content folder, e.g. `findings/third-party/diagram.svg`. */
	path: string;
	/** What is missing or wrong, e.g. `license.url: missing`. */
	reason: string;
}

/**
 * Every file under a `third-party/` folder below `contentDir`, sidecars excluded, sorted.
 * @param contentDir e.g. `/work/main/content`
 */
export function thirdPartyFiles(contentDir: string): string[] {
	const found: string[] = [];
	const walk = (dir: string, inside: boolean) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path, inside || entry.name === thirdPartyFolder);
			else if (inside && !entry.name.endsWith('.attribution.yml')) found.push(path);
		}
	};
	if (existsSync(contentDir)) walk(contentDir, false);
	return found.sort();
}

/**
 * Reads and validates one file's sidecar.
 * @param file absolute path of the third-party file
 * @returns the attribution, or the reasons it is missing or incomplete
 */
export function readAttribution(file: string): { attribution: Attribution } | { reasons: string[] } {
	const sidecar = sidecarName(file);
	const name = sidecarName(file.split(sep).at(-1) ?? file);
	if (!existsSync(sidecar)) return { reasons: [`no sidecar: add ${name}`] };
	let data: unknown;
	try {
		data = parse(readFileSync(sidecar, 'utf8'));
	} catch (error) {
		return { reasons: [`${name} is not valid YAML: ${(error as Error).message.split('\n')[0]}`] };
	}
	const result = attributionSchema.safeParse(data ?? {});
	if (result.success) return { attribution: result.data };
	return {
		reasons: result.error.issues.map((issue) => {
			const field = issue.path.join('.') || '(top level)';
			const value = issue.path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key], data);
			return `${name}: ${field}: ${value === undefined ? 'missing' : issue.message}`;
		}),
	};
}

/**
 * Checks every third-party file of the content.
 * @param contentDir e.g. `/work/main/content`
 */
export function collectAttributions(contentDir: string): { files: AttributedFile[]; problems: AttributionProblem[] } {
	const files: AttributedFile[] = [];
	const problems: AttributionProblem[] = [];
	for (const file of thirdPartyFiles(contentDir)) {
		const path = relative(contentDir, file).split(sep).join('/');
		const result = readAttribution(file);
		if ('attribution' in result) files.push({ file, path, attribution: result.attribution });
		else for (const reason of result.reasons) problems.push({ path, reason });
	}
	return { files, problems };
}

/**
 * The attributions of every third-party file; throws one error listing every problem otherwise.
 * @param contentDir e.g. `/work/main/content`
 */
export function checkAttributions(contentDir: string): AttributedFile[] {
	const { files, problems } = collectAttributions(contentDir);
	if (problems.length > 0) throw new Error(attributionErrorMessage(contentDir, problems));
	return files;
}

/**
 * The error text: a headline with the count, one line per problem, and what a sidecar holds.
 * @param contentDir e.g. `/work/main/content`
 * @param problems e.g. `[{ path: 'a/third-party/x.svg', reason: 'no sidecar: add x.svg.attribution.yml' }]`
 */
export function attributionErrorMessage(contentDir: string, problems: readonly AttributionProblem[]): string {
	const files = new Set(problems.map((problem) => problem.path)).size;
	return [
		`Attribution check failed: ${files} third-party file${files === 1 ? ' lacks' : 's lack'} a complete attribution sidecar in ${contentDir}.`,
		...problems.map((problem) => `  - ${problem.path}: ${problem.reason}`),
		'A sidecar <file name>.attribution.yml needs: source (URL), title, author, license.spdx, license.url,',
		'and modified (false, or how the file was changed). See src/attribution/schema.ts.',
	].join('\n');
}
