/**
 * Finds a Chromium that Playwright can launch: its own download first, then the system's.
 * Playwright is loaded on the first call, not on import: the site's Markdown plugins import this
 * file, and most builds draw no Mermaid diagram (loading Playwright takes about a second).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Playwright's Chromium entry, loaded when first asked for. */
function playwrightChromium(): typeof import('playwright').chromium {
	return (createRequire(import.meta.url)('playwright') as typeof import('playwright')).chromium;
}

/** Flags that keep a headless Chromium quiet on a machine without internet or GPU. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

const systemCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Returns the executable to launch, or `undefined` to let Playwright use its own download.
 * @param env e.g. `{ CHROMIUM_PATH: '/usr/bin/chromium' }` to force one
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
	if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
	if (existsSync(playwrightChromium().executablePath())) return undefined;
	return systemCandidates.find((path) => existsSync(path));
}

/** The one command that makes a Chromium available, for error messages. */
export const chromiumFix =
	'No Chromium found. Run `npx playwright install chromium` (or, on Debian/Ubuntu, `sudo apt-get install chromium`), or set CHROMIUM_PATH.';

/** Launch options for Playwright, or an error naming the fix when no browser exists. */
export function chromiumLaunchOptions(env: NodeJS.ProcessEnv = process.env) {
	const executablePath = findChromium(env);
	if (!executablePath && !existsSync(playwrightChromium().executablePath())) throw new Error(chromiumFix);
	return { executablePath, args: chromiumArgs, headless: true };
}
