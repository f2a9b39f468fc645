/**
 * Astro integration shipping KaTeX's stylesheet and fonts for the math that
 * `src/plugins/rehype-github-math.ts` draws: served from `katex/dist/` under `<base>_katex/` in dev,
 * copied into the build at `astro:build:done` when a built page links it. The stylesheet names its
 * fonts by relative URLs (`fonts/KaTeX_Main-Regular.woff2`), so the two are kept side by side and
 * load under any base path. KaTeX's script is never shipped: the math is drawn at build time.
 */
import { cpSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { serveFolderInDev } from './dev-folder.ts';
import { pagesMentioning } from './pages-mentioning.ts';
import { MATH_URL_DIR } from '../route-middleware/math-stylesheet.ts';

/** KaTeX's `dist/` folder, e.g. `/work/main/node_modules/katex/dist`. */
const katexDist = dirname(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'));

/** The integration, e.g. `integrations: [starlight(...), mathAssets()]`. */
export function mathAssets(): AstroIntegration {
	let base = '/';
	return {
		name: 'math-assets',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
			},
			'astro:server:setup': ({ server }) => {
				serveFolderInDev(server, {
					base: () => base,
					urlDir: MATH_URL_DIR,
					dir: () => katexDist,
					contentType: (file) => (file.endsWith('.css') ? 'text/css' : `font/${file.split('.').pop()}`),
				});
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const pages = pagesWithMath(out);
				if (pages === 0) return;
				cpSync(join(katexDist, 'katex.min.css'), join(out, MATH_URL_DIR, 'katex.min.css'));
				cpSync(join(katexDist, 'fonts'), join(out, MATH_URL_DIR, 'fonts'), { recursive: true });
				logger.info(`copied KaTeX's stylesheet and fonts to ${MATH_URL_DIR}/ for ${pages} page${pages === 1 ? '' : 's'} with math`);
			},
		},
	};
}

/** How many built pages link the math stylesheet. */
function pagesWithMath(out: string): number {
	return pagesMentioning(out, MATH_URL_DIR).filter((page) => readFileSync(page, 'utf8').includes(`/${MATH_URL_DIR}/katex.min.css`)).length;
}
