/** Chooses the file name a trace gets in the content's traces folder. */
import { basename, extname } from 'node:path';

/**
 * Returns the target file name, or an error text when the name is not a safe slug.
 * `--name` without an extension keeps the source's extension.
 * @param source e.g. `/tmp/run 2.csv`
 * @param name e.g. `percona-run-2` -> `percona-run-2.csv`
 */
export function traceTargetName(source: string, name?: string): string | { error: string } {
	const chosen = name === undefined ? basename(source) : extname(name) ? name : `${name}${extname(source)}`;
	if (!/^[a-z0-9][a-z0-9._-]*$/i.test(chosen) || chosen.includes('..')) {
		return {
			error: `"${chosen}" is not a usable file name: use letters, digits, ".", "_" and "-" only (e.g. --name percona-run-2)`,
		};
	}
	return chosen;
}

/**
 * Returns the ```trace block a page in the traces folder's parent embeds the file with.
 * @param fileName e.g. `percona-run-2.csv`
 */
export function traceBlock(fileName: string, title: string): string {
	const safeTitle = /^[\w .,()/-]+$/.test(title) ? title : JSON.stringify(title);
	return ['```trace', `src: ./traces/${fileName}`, `title: ${safeTitle}`, '```'].join('\n');
}
