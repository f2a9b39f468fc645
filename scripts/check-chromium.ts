/**
 * Checks that a Chromium for Mermaid rendering and the browser tests can be found, and prints the
 * one command that fixes it when not. Never downloads anything itself and always exits 0.
 * Usage: node scripts/check-chromium.ts   (run by `npm install` through check-chromium.mjs)
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumFix, chromiumLaunchOptions } from '../src/chromium/find-chromium.ts';

/**
 * `undefined` when a browser is there; otherwise what to tell the user.
 * @param env e.g. `{ CHROMIUM_PATH: '/opt/chrome/chrome' }`
 */
export function chromiumAdvice(env: NodeJS.ProcessEnv = process.env): string | undefined {
	let executablePath: string | undefined;
	try {
		executablePath = chromiumLaunchOptions(env).executablePath;
	} catch {
		return chromiumFix;
	}
	if (executablePath && !existsSync(executablePath)) {
		return `CHROMIUM_PATH is set to ${executablePath}, which does not exist. ${chromiumFix}`;
	}
	return undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	// 1. Look for Playwright's own Chromium, then the system's (src/chromium/find-chromium.ts).
	const advice = chromiumAdvice();
	// 2. Tell the user the fix; Mermaid diagrams and `npm test` need a browser, the install does not.
	if (advice) console.warn(`\n[check-chromium] ${advice}\n  Mermaid diagrams cannot be rendered and \`npm test\` cannot run until then.\n`);
}
