import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './src/chromium/find-chromium.ts';
import { testBase, testSites } from './tests/e2e/lib/test-sites.ts';

export { testBase };

const sites = Object.entries(testSites);
// Specs that start their own server rather than use a built site: the dev server's (`npm start`).
const ownServerSpecs = ['dev-server.spec.ts'];
const claimed = [...sites.flatMap(([, site]) => ('specs' in site ? site.specs : [])), ...ownServerSpecs];

// One project per built site (`npm run build:test:all` builds them all), each served under the base path;
// one for the specs that start their own server.
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	reporter: [['list']],
	use: { launchOptions: chromiumLaunchOptions() },
	projects: [
		...sites.map(([name, site]) => ({
			name,
			use: { baseURL: `http://127.0.0.1:${site.port}${testBase}` },
			...('specs' in site ? { testMatch: site.specs } : { testIgnore: claimed }),
		})),
		{ name: 'dev', testMatch: ownServerSpecs },
	],
	webServer: sites.map(([, site]) => ({
		command: `node scripts/serve.ts ${site.outDir} ${testBase} ${site.port}`,
		url: `http://127.0.0.1:${site.port}${testBase}`,
		reuseExistingServer: false,
	})),
});
