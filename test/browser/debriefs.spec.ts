import { SCENARIO_IDS } from '../../src/core/scenario/library';
import { expect, expectNoAxeViolations, test } from './fixtures';

test('every scenario’s debrief passes axe', async ({ page }) => {
  for (const id of SCENARIO_IDS) {
    await page.goto(`/#/play/${id}`);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: /Next event/ }).click();
    await page.getByRole('button', { name: 'End and see debrief' }).click();
    await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});
