import { expect, expectNoAxeViolations, test } from './fixtures';

test('the shell shows its heading and passes axe (WCAG 2.2 AA)', async ({ page }) => {
  await page.goto('/');

  await expect(page).toHaveTitle('OTP Sandbox');
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'OTP Sandbox' })).toBeVisible();

  await expectNoAxeViolations(page);
});
