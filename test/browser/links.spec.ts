import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test('a link in an email shows where it really goes, and never leaves the sandbox', async ({
  page,
}) => {
  await page.goto('/#/play/phone-change');
  await page.getByRole('button', { name: 'Pause' }).click();
  // The notice email arrives a few seconds in.
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: /Next event/ }).click();
  const link = page.locator('#pane-inbox .message-link').first();
  await expect(link).toHaveText(/larkspur\.example\/security/);
  await link.focus();
  await expect(link.locator('.link-target')).toBeVisible();
  await expect(link.locator('.link-target')).toHaveText(
    'Goes to https://larkspur.example/security',
  );
  await link.press('Enter');
  await expect(page.getByText(/Links do not open in the sandbox/)).toBeVisible();
  expect(page.url()).toContain('#/play/phone-change');
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations).toEqual([]);
});
