/** Opening a page in Starlight's light or dark theme, as a returning visitor who picked it. */
import { expect, type Page } from '@playwright/test';

/** Both themes, in the order the tests run them: `['light', 'dark']`. */
export const themes = ['light', 'dark'] as const;

/**
 * Opens `path` in `theme`: the theme picker's stored choice is set before any script runs.
 * @param path e.g. `/masters-thesis/glossary/` (or relative to the base URL, e.g. `glossary/`)
 */
export async function openInTheme(page: Page, path: string, theme: (typeof themes)[number]): Promise<void> {
	await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
	await page.goto(path);
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}
