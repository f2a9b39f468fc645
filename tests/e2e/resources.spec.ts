/** Every page of the sitemap loads all it asks for (scripts, styles, icons, fonts, trace data) without an error. */
import { resourceCheck } from './lib/resource-check.ts';
import { sitemapPagePaths } from './lib/sitemap-pages.ts';

resourceCheck(sitemapPagePaths());
