/**
 * The open-source packages whose code the built site sends to browsers, kept by hand and checked by
 * `tests/unit/attribution/browser-packages.test.ts` against package-lock.json. Build-time-only
 * packages (Astro's compiler, remark/rehype, sharp, Mermaid rendering) are not listed: none of
 * their code reaches the reader. Add a package here when a client script starts importing it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A package that ships code to the browser, and what that code does on the site. */
export interface BrowserPackage {
	/** npm name, e.g. `@pagefind/default-ui`. */
	name: string;
	/** What it does in the reader's browser, e.g. `the search box`. */
	role: string;
}

/** Every package with code in the built client bundles (`_astro/*.js`, `pagefind/`). */
export const browserPackages: readonly BrowserPackage[] = [
	{ name: '@astrojs/starlight', role: 'theme switch, sidebar, table of contents and search dialog scripts' },
	{ name: '@pagefind/default-ui', role: 'the search box' },
	{ name: 'pagefind', role: 'the search index reader (pagefind/*.js and WebAssembly)' },
	{ name: '@expressive-code/plugin-frames', role: 'the copy button of code blocks' },
	{ name: 'starlight-image-zoom', role: 'zooming images' },
];

/** What a package says about itself in its package.json. */
export interface PackageInfo extends BrowserPackage {
	version: string;
	/** SPDX expression, e.g. `MIT`. */
	license: string;
	/** Project page, e.g. `https://pagefind.app`. */
	homepage?: string;
}

/**
 * Reads a package's package.json from `node_modules` (hoisted or nested one level).
 * @param pkg e.g. `{ name: 'pagefind', role: '...' }`
 * @param root the project folder, e.g. `process.cwd()`
 */
export function packageInfo(pkg: BrowserPackage, root = process.cwd()): PackageInfo {
	const file = join(root, 'node_modules', pkg.name, 'package.json');
	if (!existsSync(file)) throw new Error(`${pkg.name} is listed in src/attribution/browser-packages.ts but not installed (${file} is missing).`);
	const json = JSON.parse(readFileSync(file, 'utf8')) as { version: string; license?: string; homepage?: string; repository?: string | { url?: string } };
	if (!json.license) throw new Error(`${file}: no "license" field; look the licence up and note it in browser-packages.ts.`);
	const repository = typeof json.repository === 'string' ? json.repository : json.repository?.url;
	const homepage = json.homepage ?? repository?.replace(/^git\+/, '').replace(/\.git$/, '');
	return { ...pkg, version: json.version, license: json.license, ...(homepage ? { homepage } : {}) };
}
