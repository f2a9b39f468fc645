/**
 * GitHub's own Markdown engine, cmark-gfm (https://github.com/github/cmark-gfm), run as a command
 * (Debian package `cmark-gfm`). GitHub's extensions are on and raw HTML is kept (`--unsafe`), as on
 * github.com, which sanitizes the HTML afterwards (see github-view.ts). `CMARK_GFM` names another binary.
 */
import { spawnSync } from 'node:child_process';

/** The extensions github.com enables (https://github.github.com/gfm/), in cmark-gfm's names. */
export const cmarkGfmExtensions = ['table', 'strikethrough', 'autolink', 'tagfilter', 'tasklist', 'footnotes'];

/** How to get cmark-gfm, for the message when it is missing. */
export const cmarkGfmInstallHint = 'apt-get install -y cmark-gfm (Debian/Ubuntu; as root), or build it from https://github.com/github/cmark-gfm';

/**
 * The command that runs cmark-gfm.
 * @param env e.g. `{ CMARK_GFM: '/opt/cmark/bin/cmark-gfm' }`; default `cmark-gfm` from the PATH
 */
export function cmarkGfmCommand(env: NodeJS.ProcessEnv = process.env): string {
	return env.CMARK_GFM || 'cmark-gfm';
}

/**
 * The version line of cmark-gfm, or `undefined` when the command cannot be run.
 * @param command e.g. `cmark-gfm` -> `cmark-gfm 0.29.0.gfm.6 - CommonMark with GitHub Flavored Markdown converter`
 */
export function cmarkGfmVersion(command = cmarkGfmCommand()): string | undefined {
	const result = spawnSync(command, ['--version'], { encoding: 'utf8' });
	if (result.error || result.status !== 0) return undefined;
	return result.stdout.split('\n')[0].trim();
}

/**
 * Renders Markdown to HTML as GitHub's engine does; throws with cmark-gfm's own message when it fails.
 * @param markdown e.g. `"# Title\n\n- [ ] a task\n"` -> `<h1>Title</h1>\n<ul>\n<li><input type="checkbox" disabled="" /> a task</li>\n</ul>\n`
 */
export function renderWithCmarkGfm(markdown: string, command = cmarkGfmCommand()): string {
	const args = ['--unsafe', ...cmarkGfmExtensions.flatMap((name) => ['--extension', name])];
	const result = spawnSync(command, args, { input: markdown, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	if (result.error) throw new Error(`cannot run ${command}: ${result.error.message}`);
	if (result.status !== 0) throw new Error(`${command} exited with ${result.status ?? result.signal}: ${result.stderr.trim() || 'no message'}`);
	return result.stdout;
}
