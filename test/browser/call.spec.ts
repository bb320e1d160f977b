import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test('the courier calls ahead: the phone rings, the call is answered, its words show, it ends', async ({
  page,
}) => {
  await page.goto('/#/play/delivery');
  await page.getByRole('button', { name: 'Pause' }).click();
  const phone = page.locator('#pane-phone');
  for (let i = 0; i < 6 && !(await phone.getByText('Incoming call').isVisible()); i++) {
    await page.getByRole('button', { name: /Next event/ }).click();
  }
  await expect(phone.getByRole('heading', { name: 'Incoming call' })).toBeVisible();
  await expect(phone.getByText('+44 7700 900777')).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations).toEqual([]);
  await phone.getByRole('button', { name: 'Answer' }).click();
  await expect(phone.getByText(/ask for the delivery code at your door/)).toBeVisible();
  await phone.getByRole('button', { name: 'Hang up' }).click();
  await expect(phone.getByRole('heading', { name: 'Call ended' })).toBeVisible();
});
