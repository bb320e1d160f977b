/**
 * An error inside one pane stays in that pane. The fault is thrown through a
 * hook that only the test build has (`vite build --mode test`, served under
 * /test-build/ by playwright.config.ts; see src/ui/fault.svelte.ts); the
 * shipped build, at /, has no such hook.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const TEST_BUILD = '/test-build/';
const HOOK = '__otpSandboxFailPane';
const CODE = /\d{3} \d{3}/;
/** Where to save screenshots for a person to look at (unset: none). */
const SHOTS = process.env.SHOTS_DIR;

async function failPane(page: Page, name: string): Promise<void> {
  await page.evaluate(
    ({ hook, pane }) => (window as unknown as Record<string, (p: string) => void>)[hook]!(pane),
    { hook: HOOK, pane: name },
  );
}

test.describe('with an injected fault', () => {
  // The boundary reports what it caught to the console, for developers; that one line is expected.
  test.use({ allowedProblems: /^console error: OTP Sandbox: the (phone|log) pane failed/ });

  test('a thrown error in the phone pane shows a message there; the rest keeps working; reset brings it back', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${TEST_BUILD}#/play/new-device`);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByLabel('Password', { exact: true }).fill('lark-meadow-42');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByLabel('Code from your phone')).toBeVisible();

    await failPane(page, 'phone');
    const phone = page.locator('#pane-phone');
    await expect(phone.getByRole('alert')).toContainText(
      'This pane hit an error and stopped: injected test fault in the phone pane',
    );
    const reset = phone.getByRole('button', { name: 'Reset this pane' });
    await expect(reset).toBeVisible();
    await expect(phone.getByRole('heading', { name: 'Phone' })).toBeVisible();
    await expect(phone.locator('.lock-screen')).toHaveCount(0);
    await expectNoAxeViolations(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/ship-pane-fault.png` });

    // The other panes and the time controls still work, on the same run.
    const status = page.getByRole('status', { name: 'What just happened' });
    const next = page.getByRole('button', { name: /Next event/ });
    for (let i = 0; i < 8 && !(await status.textContent())!.includes('can be sent is over'); i++) {
      await next.click();
    }
    await page.getByRole('button', { name: 'Send a new code' }).click();
    await expect(status).toContainText('A new code is on its way.');
    const spam = page.locator('#pane-inbox').getByRole('button', { name: /Spam/ });
    await spam.click();
    await expect(spam).toHaveAttribute('aria-pressed', 'true');
    // The code arrives while the phone is down: the run goes on, and says so.
    const announced = page.locator('[aria-live="polite"]');
    for (let i = 0; i < 8 && !(await announced.textContent())!.includes('New text'); i++) {
      await next.click();
    }
    await expect(announced).toHaveText('New text message from 60123');
    await expect(reset).toBeVisible();
    const messages = page.locator('#pane-phone .message-body');

    // Reset remounts the pane alone: it shows the run as it is now, code included.
    await reset.click();
    await expect(phone.getByRole('alert')).toHaveCount(0);
    await expect(phone.getByRole('heading', { name: 'Phone' })).toBeFocused();
    await expect(messages).not.toHaveCount(0);
    const match = CODE.exec((await messages.last().textContent()) ?? '');
    expect(match).not.toBeNull();
    const field = page.getByLabel('Code from your phone');
    await field.fill(match![0]);
    await field.press('Enter');
    await expect(page.locator('.outcome')).toContainText('Completed');
  });

  test('on a phone, a stopped pane says so on its tab and out loud, and reset clears it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${TEST_BUILD}#/play/new-device`);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByLabel('Password', { exact: true }).fill('lark-meadow-42');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByLabel('Code from your phone')).toBeVisible();
    const phoneTab = page.getByRole('tab', { name: /^Phone/ });
    await expect(phoneTab).toHaveAccessibleName('Phone');

    // The phone fails while the shop's tab is open: its own message is out of sight.
    await failPane(page, 'phone');
    await expect(phoneTab).toHaveAccessibleName('Phone — stopped');
    await expect(phoneTab).toContainText('Phone — stopped');
    // In words, not only in colour: "stopped" shows under the pane's name.
    await expect(phoneTab.getByText('stopped', { exact: true })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Shop' })).toHaveAccessibleName('Shop');
    await expect(page.locator('[aria-live="polite"]')).toHaveText(
      'The Phone pane hit an error and stopped. Open its tab to reset it.',
    );
    await expect(page.locator('#pane-phone')).toBeHidden();
    await expectNoAxeViolations(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/pane-fault-phone-tab.png` });

    await phoneTab.click();
    const phone = page.locator('#pane-phone');
    await expect(phone.getByRole('alert')).toContainText('injected test fault in the phone pane');
    await expectNoAxeViolations(page);
    await phone.getByRole('button', { name: 'Reset this pane' }).click();
    await expect(phone.getByRole('heading', { name: 'Phone' })).toBeFocused();
    await expect(phoneTab).toHaveAccessibleName('Phone');
    await expect(phoneTab).not.toContainText('stopped');

    // A second failure marks the tab again (the mark follows the pane, not the first fault).
    await page.getByRole('tab', { name: 'Shop' }).click();
    await failPane(page, 'phone');
    await expect(phoneTab).toHaveAccessibleName('Phone — stopped');
  });

  test('a thrown error in the workbench log leaves the console, chart and state working', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${TEST_BUILD}workbench.html`);
    await expect(page.getByTestId('current-state')).toHaveText('pending');
    const rows = page.getByTestId('log-table').locator('tbody tr');
    const before = await rows.count();

    await failPane(page, 'log');
    const failed = page.locator('[data-pane-failed="log"]');
    await expect(failed.getByRole('alert')).toContainText('injected test fault in the log pane');
    await expect(page.getByTestId('log-table')).toHaveCount(0);

    const submit = page.getByLabel('SUBMIT payload (JSON)');
    await submit.fill('{"type":"SUBMIT","code":"000000"}');
    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Send SUBMIT' }).click();
    await expect(page.getByTestId('current-state')).toHaveText('locked');
    await expect(page.getByTestId('statechart').locator('[data-current="true"]')).toHaveAttribute(
      'data-state',
      'locked',
    );

    await failed.getByRole('button', { name: 'Reset this pane' }).click();
    await expect(page.getByRole('heading', { name: 'Event log' })).toBeFocused();
    await expect(rows).toHaveCount(before + 5);
    await expect(rows.last()).toContainText('pending → locked');
  });
});

test('the shipped build has no fault hook', async ({ page }) => {
  // The test build has it (so a renamed hook cannot make the check below pass by accident).
  await page.goto(`${TEST_BUILD}#/play/new-device`);
  await expect(page.locator('h1')).toBeVisible();
  expect(await page.evaluate((hook) => hook in window, HOOK)).toBe(true);
  for (const path of ['/#/play/new-device', '/workbench.html']) {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    expect(await page.evaluate((hook) => hook in window, HOOK), path).toBe(false);
  }
});
