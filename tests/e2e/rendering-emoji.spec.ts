/** Emoji shortcodes by GitHub's list (tests/fixtures/github-rendering/emoji/): known ones become emoji, the rest stays as typed. */
import { expect, test } from '@playwright/test';

test('known shortcodes are shown as their emoji', async ({ page }) => {
	await page.goto('emoji/known-shortcodes/');
	await expect(page.locator('.sl-markdown-content p').first()).toHaveText('Release shipped 🎉, review approved 👍, checks pass ✅.');
});

test('unknown names, colons in times and shortcodes in code stay as typed', async ({ page }) => {
	await page.goto('emoji/unknown-and-code/');
	const content = page.locator('.sl-markdown-content');
	await expect(content.getByText('An unknown name stays: :not_an_emoji_name:. A time such as 12:30:45 stays too.')).toBeVisible();
	await expect(content.locator('p code')).toHaveText(':tada:');
	await expect(content.locator('pre')).toHaveText(':rocket: launch');
	await expect(content).not.toContainText('🎉');
	await expect(content).not.toContainText('🚀');
});

test('a heading with a shortcode has GitHub\'s anchor, and a link to it lands there', async ({ page }) => {
	await page.goto('emoji/known-shortcodes/');
	const heading = page.getByRole('heading', { name: 'Checks ✅ pass' });
	await expect(heading).toHaveAttribute('id', 'checks--pass');
	await page.getByRole('link', { name: 'link to this heading' }).click();
	await expect(page).toHaveURL(/#checks--pass$/);
	await expect(heading).toBeInViewport();
});
