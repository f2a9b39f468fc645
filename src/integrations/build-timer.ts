/** An Astro integration that prints how long `astro build` took, from process start to the end. */
import type { AstroIntegration } from 'astro';

/**
 * Logs the build's wall time when the build is done, e.g. `build took 41.2 s (wall time)`.
 * Measured from the start of the Node process, so config loading and content sync count too.
 */
export function buildTimer(): AstroIntegration {
	return {
		name: 'build-timer',
		hooks: {
			'astro:build:done': ({ logger }) => {
				logger.info(`build took ${(performance.now() / 1000).toFixed(1)} s (wall time)`);
			},
		},
	};
}
