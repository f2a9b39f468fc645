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

/**
 * Switches the open page to `theme` with Starlight's theme picker in the header, as a reader does:
 * the picker sets the document's theme, which the styles follow at once.
 */
export async function pickTheme(page: Page, theme: (typeof themes)[number]): Promise<void> {
	await page.locator('starlight-theme-select select').filter({ visible: true }).first().selectOption(theme);
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}
