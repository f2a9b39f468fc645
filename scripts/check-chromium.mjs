// @ts-check
/**
 * npm's `postinstall`: says what is missing to build the site, and never fails the install.
 * Plain JavaScript on purpose: npm runs it with whatever Node the machine has, and Node 20 cannot
 * run TypeScript. With Node >= 22.12 it hands over to check-chromium.ts.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);

// 1. Node too old for Astro 7: name the requirement, skip the browser check.
if (major < 22 || (major === 22 && minor < 12)) {
	console.warn(
		`\n[check-chromium] Node ${process.versions.node} is too old for this site: it needs Node >= 22.12 ` +
			'(24 recommended; the version is in .nvmrc, e.g. `nvm install && nvm use`). Then run `npm install` again.\n',
	);
	process.exit(0);
}

// 2. Node 22.12-22.17 strips TypeScript types only behind a flag; later versions ignore the flag.
const strip = major === 22 && minor < 18 ? ['--experimental-strip-types', '--no-warnings'] : [];
const check = fileURLToPath(new URL('./check-chromium.ts', import.meta.url));
const result = spawnSync(process.execPath, [...strip, check], { stdio: 'inherit' });
if (result.status !== 0) console.warn('[check-chromium] could not check for Chromium (see above); the install itself is fine.');
process.exit(0);
