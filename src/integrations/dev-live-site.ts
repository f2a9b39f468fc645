/**
 * The dev server follows what `astro.config.mjs` reads once from the notes: the sidebar and the site
 * title become live (`live-starlight-config.ts`), and a change to the notes' identity (CITATION.cff,
 * in the content folder or at the root of its repository, or the README whose H1 names the notes)
 * is read again and reloads the open pages, whose cite blocks and header show it. Notes and the files
 * they embed are followed by the content loader (`src/content-loader/dev-changes.ts`). Nothing
 * happens in a build.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { changesIdentity } from '../content-loader/dev-changes.ts';
import { fileStamp, whenSettled } from '../data-input/when-settled.ts';
import { citationFilePlaces, forgetSiteIdentity, siteIdentity } from '../identity/site-identity.ts';
import { liveStarlightConfigModule, STARLIGHT_CONFIG_ID } from './live-starlight-config.ts';

const liveModule = fileURLToPath(new URL('../config/live-site-config.ts', import.meta.url));

/**
 * The integration, e.g. `devLiveSite('/work/main/content')`.
 * @param contentDir the absolute content folder
 */
export function devLiveSite(contentDir: string): AstroIntegration {
	return {
		name: 'dev-live-site',
		hooks: {
			'astro:config:setup': ({ command, updateConfig, logger }) => {
				if (command !== 'dev') return;
				let warned = false;
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'live-starlight-config',
								transform(code, id) {
									// Only where pages render: the browser never loads Starlight's config.
									if (id !== STARLIGHT_CONFIG_ID || this.environment.name === 'client') return undefined;
									const live = liveStarlightConfigModule(code, liveModule);
									if (!live && !warned) {
										warned = true;
										logger.warn('Starlight\'s config module has a new shape: the sidebar and site title need a restart of the dev server to follow the notes (src/integrations/live-starlight-config.ts).');
									}
									return live === undefined ? undefined : { code: live, map: null };
								},
							},
						],
					},
				});
			},
			'astro:server:setup': ({ server, logger }) => {
				const places = citationFilePlaces(contentDir);
				server.watcher.add(places);
				// A file saved as the event comes may be read half-written: its error counts once it has settled.
				const settled = whenSettled(fileStamp);
				const follow = (path: string) => {
					let failure: Error | undefined;
					settled(path, (changed) => (changed ? follow(path) : failure && logger.error(failure.message)));
					forgetSiteIdentity(contentDir);
					try {
						siteIdentity(contentDir);
						server.environments.client.hot.send({ type: 'full-reload', path: '*' });
					} catch (error) {
						failure = error as Error; // the pages keep the title they had
					}
				};
				server.watcher.on('all', (event, path) => {
					if (['add', 'change', 'unlink'].includes(event) && changesIdentity(path, contentDir, places)) follow(path);
				});
			},
		},
	};
}
