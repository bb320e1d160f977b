import { SCENARIO_IDS } from '../support/builtins';
import { expect, expectNoAxeViolations, test } from './fixtures';

// One test per scenario: the library grows, and a single looped test would outgrow its timeout.
for (const id of SCENARIO_IDS) {
  test(`the debrief of ${id} passes axe`, async ({ page }) => {
    await page.goto(`/#/play/${id}`);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: /Next event/ }).click();
    await page.getByRole('button', { name: 'End and see debrief' }).click();
    await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
