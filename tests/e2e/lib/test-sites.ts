/** The sites the browser tests run against: each is built under the same base path and served on its own port. */

/** One site under test: which Markdown it is built from, where, and where it is served. */
export interface TestSite {
	/** The content folder, e.g. `tests/fixtures/gfm-site`. */
	contentDir: string;
	/** The build output, e.g. `dist-test-gfm`. */
	outDir: string;
	/** The local port it is served on, e.g. `4323`. */
	port: number;
	/** The spec files that run against it; `undefined` means every spec no other site claims. */
	specs?: string[];
}

/** The base path every test build is made under, as on GitHub Pages. */
export const testBase = '/masters-thesis/';

/** The first local port; each site takes the next. `E2E_PORT_BASE` moves them, so two checkouts can test at once. */
const portBase = Number(process.env.E2E_PORT_BASE || 4322);

/** The project's own content, plus fixture folders that exercise what the content does not. */
export const testSites = {
	main: { contentDir: 'content', outDir: process.env.SITE_OUT_DIR || 'dist-test', port: portBase },
	gfm: { contentDir: 'tests/fixtures/gfm-site', outDir: 'dist-test-gfm', port: portBase + 1, specs: ['gfm-site.spec.ts', 'linked-from.spec.ts', 'link-previews.spec.ts'] },
	traces: { contentDir: 'tests/fixtures/trace-site', outDir: 'dist-test-traces', port: portBase + 2, specs: ['trace-viewer.spec.ts'] },
	rendering: { contentDir: 'tests/fixtures/github-rendering', outDir: 'dist-test-rendering', port: portBase + 3, specs: ['rendering-*.spec.ts'] },
} satisfies Record<string, TestSite>;
