import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function openSettings(page: Page) {
  await page.getByRole('button', { name: 'Settings' }).click();
  return page.getByRole('dialog', { name: 'Settings' });
}

/** Plays scenario 4 (checkout) to its debrief with the code from the phone. */
async function playCheckout(page: Page, digits = 6): Promise<void> {
  await page.goto('/#/play/checkout');
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: /Next event/ }).click();
  const text = (await page.locator('#pane-phone .message-body').last().textContent()) ?? '';
  const half = digits / 2;
  const code = new RegExp(`\\d{${half}} \\d{${half}}`).exec(text)?.[0] ?? '';
  expect(code.replace(' ', '')).toHaveLength(digits);
  const field = page.getByRole('textbox', { name: /^Code from/ });
  await field.fill(code);
  await field.press('Enter');
  await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
}

test('the settings show each preset’s odds and rules, and the choice is used', async ({ page }) => {
  await page.goto('/');
  const dialog = await openSettings(page);
  await expect(dialog.getByText(/1 in 200,000 per round/)).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations).toEqual([]);
  await page.screenshot({ path: 'test-results/screens/settings-1280x800.png' });
  await dialog.getByRole('radio', { name: /Weak/ }).check();
  await expect(dialog.getByText(/certain to win within 10,000 tries/)).toBeVisible();
  await expect(
    dialog.getByRole('listitem').filter({ hasText: 'Failed attempts are capped' }),
  ).toContainText('breaks');
  await dialog.getByRole('radio', { name: /Strict/ }).check();
  await dialog.getByRole('button', { name: 'Close' }).click();
  // The strict preset's 8-digit codes, and the choice survives a reload.
  await page.reload();
  await playCheckout(page, 8);
});

test('progress is saved after a run and survives a reload', async ({ page }) => {
  await playCheckout(page);
  await page.goto('/');
  await page.reload();
  const card = page.getByRole('listitem').filter({ hasText: 'Approve a big purchase' });
  await expect(card).toContainText('Plays: 1 · best score: 100');
  const dialog = await openSettings(page);
  await dialog.getByRole('button', { name: 'Reset progress' }).click();
  await dialog.getByRole('button', { name: 'Yes, reset' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(card).toContainText('Not played yet');
});

test('a corrupted save is reset with a notice, and the picker works', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('otp-sandbox/v1', '{"version": 1, "settings": ');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('could not be read, so it was reset');
  await playCheckout(page);
});

test('blocked storage leaves the sandbox playable, with a notice', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('cannot be saved in this browser');
  await playCheckout(page);
});

test('settings on a phone-sized screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await openSettings(page);
  await page.screenshot({ path: 'test-results/screens/settings-390x844.png' });
  const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(axe.violations).toEqual([]);
});
