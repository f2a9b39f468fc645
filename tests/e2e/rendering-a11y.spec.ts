/** The axe sweep, in both themes, over every page of the GitHub rendering cases (math, emoji, diagrams, ...). */
import { axeSweep } from './lib/axe-sweep.ts';
import { sitemapPagePaths } from './lib/sitemap-pages.ts';
import { testSites } from './lib/test-sites.ts';

axeSweep(sitemapPagePaths(testSites.rendering.outDir));
