/**
 * Builds every site the browser tests need (tests/e2e/lib/test-sites.ts), one after the other,
 * under the test base path. Usage: node scripts/build-test-sites.ts [site name ...]
 */
import { spawnSync } from 'node:child_process';
import { testBase, testSites } from '../tests/e2e/lib/test-sites.ts';

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in testSites));
if (unknown.length > 0) {
	console.error(`usage: node scripts/build-test-sites.ts [${Object.keys(testSites).join('|')} ...] (unknown: ${unknown.join(', ')})`);
	process.exit(1);
}

for (const [name, site] of Object.entries(testSites)) {
	if (wanted.length > 0 && !wanted.includes(name)) continue;
	console.log(`\n== building the ${name} test site from ${site.contentDir} into ${site.outDir}`);
	const result = spawnSync('npx', ['astro', 'build'], {
		stdio: 'inherit',
		env: {
			...process.env,
			CONTENT_DIR: site.contentDir,
			SITE_BASE: testBase,
			SITE_URL: 'https://example.github.io',
			SITE_REPO_URL: process.env.SITE_REPO_URL || 'https://github.com/example/masters-thesis',
			SITE_OUT_DIR: site.outDir,
			// Separate caches: the content layer's data store is per content folder.
			SITE_CACHE_DIR: `node_modules/.astro-test-${name}`,
		},
	});
	if (result.status !== 0) {
		console.error(`building the ${name} test site failed (exit ${result.status ?? result.signal})`);
		process.exit(1);
	}
}
