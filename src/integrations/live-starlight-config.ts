/**
 * Rewrites Starlight's config module for the dev server, so the sidebar and the site title follow
 * the notes without a restart. Starlight serves its parsed config as one virtual module
 * (`virtual:starlight/user-config`, the source `export default {...}`), made once when the server
 * starts; its sidebar and title are what `astro.config.mjs` read from the notes at that moment. A
 * deleted note then breaks every page (Starlight throws on a sidebar slug that no longer exists) and a
 * new one is missing from the sidebar. The rewritten module reads both properties again whenever
 * Starlight asks: the sidebar when it rebuilds its navigation (after every content change), the title
 * on every page. A route middleware could not do this: Starlight computes the sidebar, and throws,
 * before any route middleware runs. The build keeps Starlight's module as it is.
 */

/** Starlight's id of the resolved config module. */
export const STARLIGHT_CONFIG_ID = '\0virtual:starlight/user-config';

const prefix = 'export default ';

/**
 * The config module with live `sidebar` and `title` properties, or `undefined` when the source is not
 * the shape this was written for (a newer Starlight): the dev server then keeps the startup values.
 * @param code Starlight's module, e.g. `export default {"title":{"en":"Notes"},"sidebar":[...]}`
 * @param liveModule absolute path of the module exporting `liveSidebar` and `liveTitle`, e.g. `/work/main/src/config/live-site-config.ts`
 */
export function liveStarlightConfigModule(code: string, liveModule: string): string | undefined {
	if (!code.startsWith(`${prefix}{`)) return undefined;
	return [
		`import { liveSidebar, liveTitle } from ${JSON.stringify(liveModule)};`,
		`const config = ${code.slice(prefix.length)};`,
		'const configured = { sidebar: config.sidebar, title: config.title };',
		"Object.defineProperty(config, 'sidebar', { enumerable: true, get: () => liveSidebar(configured.sidebar) });",
		"Object.defineProperty(config, 'title', { enumerable: true, get: () => liveTitle(configured.title) });",
		'export default config;',
	].join('\n');
}
