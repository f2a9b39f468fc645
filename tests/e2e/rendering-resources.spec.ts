/** Every page of the GitHub rendering cases loads all it asks for (KaTeX's stylesheet and fonts, images, scripts). */
import { resourceCheck } from './lib/resource-check.ts';
import { sitemapPagePaths } from './lib/sitemap-pages.ts';
import { testSites } from './lib/test-sites.ts';

resourceCheck(sitemapPagePaths(testSites.rendering.outDir));
