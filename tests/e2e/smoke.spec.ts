import { expect, test } from '@playwright/test';

test('the start page is served under the base path', async ({ page }) => {
	await page.goto('./');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
