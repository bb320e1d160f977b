import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const SCENARIOS = [
  'new-device',
  'password-reset',
  'phone-change',
  'checkout',
  'delivery',
  'gift-card',
  'refund',
  'subscription',
  'unrequested-code',
  'authenticator',
];

test('every scenario’s debrief passes axe', async ({ page }) => {
  for (const id of SCENARIOS) {
    await page.goto(`/#/play/${id}`);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: /Next event/ }).click();
    await page.getByRole('button', { name: 'End and see debrief' }).click();
    await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations, `${id}: ${results.violations.map((v) => v.id).join(', ')}`).toEqual(
      [],
    );
  }
});
