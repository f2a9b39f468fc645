/**
 * An Astro integration that refuses to build (or serve) the site while any file under a
 * `third-party/` folder of the content lacks a complete attribution sidecar. It runs at
 * `astro:config:setup`, before anything is rendered, so the failure is quick and names every file.
 */
import type { AstroIntegration } from 'astro';
import { checkAttributions } from '../attribution/check-attributions.ts';

/**
 * The integration.
 * @param contentDir absolute content folder, e.g. `readSiteEnv().contentDir`
 */
export function attributionCheck(contentDir: string): AstroIntegration {
	return {
		name: 'attribution-check',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				const files = checkAttributions(contentDir);
				logger.info(`${files.length} third-party file${files.length === 1 ? '' : 's'} attributed`);
			},
		},
	};
}
