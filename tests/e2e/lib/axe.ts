/**
 * axe for a page, the one way every browser test makes it. Legacy mode runs axe in the page's
 * frames and collects their results there, where the default opens a blank page for that on every
 * run: the same rules and the same results on these pages (none embeds a cross-origin frame: the
 * sanitizer drops iframes), at a third to a half of the time per run (1.0 s against 2-3 s on a
 * quiet 2-core machine), which is most of the sweep's time over about 140 page and theme pairs.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** E.g. `await axe(page).include('trace-viewer').analyze()`. */
export function axe(page: Page): AxeBuilder {
	return new AxeBuilder({ page }).setLegacyMode(true);
}
