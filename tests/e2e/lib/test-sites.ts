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

/** The project's own content, plus two fixture folders that exercise what the content does not. */
export const testSites = {
	main: { contentDir: 'content', outDir: process.env.SITE_OUT_DIR || 'dist-test', port: Number(process.env.E2E_PORT || 4322) },
	gfm: { contentDir: 'tests/fixtures/gfm-site', outDir: 'dist-test-gfm', port: 4323, specs: ['gfm-site.spec.ts'] },
	traces: { contentDir: 'tests/fixtures/trace-site', outDir: 'dist-test-traces', port: 4324, specs: ['trace-viewer.spec.ts'] },
} satisfies Record<string, TestSite>;
