/** An axe sweep of every page in the sitemap (and the 404 page) in the light and the dark theme. */
import { testBase } from '../../playwright.config.ts';
import { axeSweep } from './lib/axe-sweep.ts';
import { sitemapPagePaths } from './lib/sitemap-pages.ts';

axeSweep([...sitemapPagePaths(), `${testBase}this-page-does-not-exist/`]);
