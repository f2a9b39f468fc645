import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/find-chromium.ts';

/** The base path the test build is made under (`npm run build:test`). */
export const testBase = '/masters-thesis/';
const port = Number(process.env.E2E_PORT || 4322);
/** The folder `npm run build:test` writes to. */
const outDir = process.env.SITE_OUT_DIR || 'dist-test';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}${testBase}`,
		launchOptions: chromiumLaunchOptions(),
	},
	webServer: {
		command: `node scripts/serve.ts ${outDir} ${testBase} ${port}`,
		url: `http://127.0.0.1:${port}${testBase}`,
		reuseExistingServer: !process.env.CI,
	},
});
