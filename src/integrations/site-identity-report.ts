/** An Astro integration that says, once per build or dev start, where each value of the notes' identity came from. */
import type { AstroIntegration } from 'astro';
import type { SiteIdentity } from '../identity/site-identity.ts';

/**
 * Logs one line per value, e.g. `[site-identity] title: "My notes" from notes/README.md H1`.
 * @param identity e.g. `siteIdentity(env.contentDir)`
 */
export function siteIdentityReport(identity: SiteIdentity): AstroIntegration {
	return {
		name: 'site-identity',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				for (const line of identity.report) logger.info(line);
			},
		},
	};
}
