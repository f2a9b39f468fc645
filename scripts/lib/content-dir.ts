/** Where the scaffolding commands read and write Markdown: `CONTENT_DIR`, else `content/`. */
import { resolve } from 'node:path';

/**
 * Returns the absolute content folder.
 * @param env e.g. `{ CONTENT_DIR: '/tmp/notes' }`
 */
export function contentDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
	return resolve(cwd, env.CONTENT_DIR || 'content');
}

/** The folder, relative to the content folder, that holds committed trace files. */
export const tracesFolder = 'reconcile_testing_operators/traces';
