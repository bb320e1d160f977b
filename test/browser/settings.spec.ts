import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const status = (page: Page) => page.getByRole('status', { name: 'What just happened' });

async function openSettings(page: Page) {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Jumps to the next event until `done` holds (at most `limit` jumps). */
async function nextUntil(page: Page, done: () => Promise<boolean>, limit = 8): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await done()) return;
    await page.getByRole('button', { name: /Next event/ }).click();
  }
  expect(await done()).toBe(true);
}

/**
 * Plays scenario 1 to its debrief: sign in, the first text is lost, wait out
 * the cooldown, resend, type the code. Returns the code as the text showed it.
 */
async function playScenario1(page: Page): Promise<string> {
  await page.goto('/#/play/new-device');
  await page.getByRole('button', { name: 'Pause' }).click();
  const password = (await page.locator('.password').textContent()) ?? '';
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await nextUntil(page, async () =>
    (await status(page).textContent())!.includes('can be sent is over'),
  );
  await page.getByRole('button', { name: 'Send a new code' }).click();
  const messages = page.locator('#pane-phone .message-body');
  await nextUntil(page, async () => (await messages.count()) > 0);
  const text = (await messages.last().textContent()) ?? '';
  const shown = /\d{3,5} \d{3,5}/.exec(text)?.[0] ?? '';
  expect(shown, `no code in: ${text}`).not.toBe('');
  const field = page.getByLabel('Code from your phone');
  await field.fill(shown);
  await field.press('Enter');
  await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
  await expect(page.locator('.outcome')).toContainText('Completed');
  return shown;
}

test('the strict preset makes scenario 1 text an 8-digit code', async ({ page }) => {
  await page.goto('/');
  const dialog = await openSettings(page);
  await dialog.getByRole('radio', { name: /Strict/ }).check();
  await expect(dialog).toContainText('Codes have 8 digits.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();
  const code = await playScenario1(page);
  expect(code).toMatch(/^\d{4} \d{4}$/);
});

test('each preset shows its odds and the rules it follows or breaks', async ({ page }) => {
  await page.goto('/');
  const dialog = await openSettings(page);
  await expect(dialog.getByRole('radio', { name: /Retail/ })).toBeChecked();
  await expect(dialog).toContainText('1 in 200,000 per round of guesses');
  await dialog.getByRole('radio', { name: /Weak/ }).check();
  await expect(dialog).toContainText('certain within 10,000 tries');
  const limit = dialog.getByRole('listitem').filter({ hasText: 'Failed attempts are capped' });
  await expect(limit).toContainText('breaks');
  await expect(limit).toContainText('NIST SP 800-63B-4');
  await dialog.getByRole('radio', { name: /NIST/ }).check();
  await expect(limit).toContainText('follows');
  // The choice is kept across a reload, and the scenario header opens the same settings.
  await page.reload();
  await page.goto('/#/play/new-device');
  const again = await openSettings(page);
  await expect(again.getByRole('radio', { name: /NIST/ })).toBeChecked();
  await again.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();
});

test('progress shows on the picker after scenario 1, survives a reload, and can be reset', async ({
  page,
}) => {
  await playScenario1(page);
  await page.getByRole('link', { name: 'All scenarios', exact: true }).click();
  const card = page.getByRole('listitem').filter({ hasText: 'Sign in on a new laptop' });
  await expect(card).toContainText(/Played once · best score \d+ · last: completed/);
  await page.reload();
  await expect(card).toContainText(/Played once · best score \d+ · last: completed/);
  await card.screenshot({ path: 'test-results/screens/picker-progress-card.png' });

  const dialog = await openSettings(page);
  await dialog.getByRole('button', { name: 'Reset progress' }).click();
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await dialog.getByRole('button', { name: 'Reset progress' }).click();
  await dialog.getByRole('button', { name: 'Yes, reset' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Progress reset.');
  await page.keyboard.press('Escape');
  await expect(card).toContainText('Not played yet');
});

test('another tab’s save is merged into the picker', async ({ page }) => {
  await page.goto('/');
  const card = page.getByRole('listitem').filter({ hasText: 'Sign in on a new laptop' });
  await expect(card).toContainText('Not played yet');
  await page.evaluate(() => {
    const key = 'otp-sandbox/v1';
    const value = JSON.stringify({
      version: 1,
      settings: { policy: 'retail' },
      progress: { 'new-device': { plays: 2, best: 93, last: 'completed' } },
    });
    // What the browser does in this tab when another tab saves.
    localStorage.setItem(key, value);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: value }));
  });
  await expect(card).toContainText('Played 2 times · best score 93 · last: completed');
});

test('a corrupted save is reset with a notice, and the picker works', async ({ page }) => {
  await page.addInitScript(() => {
    // Only before the first load: the reset save must then be what is read.
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('otp-sandbox/v1', '{"version": 1, "settings": ');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toHaveText(
    'Your saved progress could not be read, so the sandbox starts afresh. Nothing was thrown away: a copy of the old save is kept in this browser’s storage, under “otp-sandbox/v1/backup”.',
  );
  await page.getByRole('link', { name: 'Play: Sign in on a new laptop' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Sign in on a new laptop' }),
  ).toBeVisible();
  const saved = await page.evaluate(() => localStorage.getItem('otp-sandbox/v1'));
  expect(JSON.parse(saved ?? 'null')).toMatchObject({ version: 2, progress: {}, history: [] });
  // Nothing is lost: the unreadable text is kept, word for word, beside the fresh save.
  const backup = await page.evaluate(() => localStorage.getItem('otp-sandbox/v1/backup'));
  expect(backup).toBe('{"version": 1, "settings": ');
});

test('blocked storage: a notice, and scenario 1 still completes', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toHaveText(
    'Progress cannot be saved in this browser; everything still works.',
  );
  await playScenario1(page);
  // Progress is kept in memory for this visit.
  await page.getByRole('link', { name: 'All scenarios', exact: true }).click();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Sign in on a new laptop' }),
  ).toContainText('Played once');
});

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`settings open at ${width}×${height}: no axe violations, and a screenshot`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await openSettings(page);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `test-results/screens/settings-${width}x${height}.png` });
    await page.getByRole('radio', { name: /Weak/ }).check();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `test-results/screens/settings-weak-${width}x${height}.png` });
  });
}

test('scenario 10: the enrolment step passes axe and can be completed', async ({ page }) => {
  await page.goto('/#/play/authenticator');
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(
    page.getByRole('heading', { name: 'Add Larkspur to your authenticator app' }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: /QR code that adds Larkspur/ })).toBeVisible();
  await expect(page.locator('.secret')).toHaveText('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/screens/enrolment-1280x720.png', fullPage: true });

  const app = page.getByRole('region', { name: 'Authenticator app' }).locator('.auth-code');
  await expect(app).toHaveText(/\d{3} \d{3}/);
  const field = page.getByLabel('Code the app shows now');
  await field.fill('000000');
  await field.press('Enter');
  await expect(page.getByRole('alert')).toContainText('not the code the app shows now');
  await expectNoAxeViolations(page);
  const used = (await app.textContent()) ?? '';
  await field.fill(used);
  await field.press('Enter');

  await expect(page.getByRole('status').filter({ hasText: 'The app is connected' })).toBeVisible();
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
  const password = (await page.locator('.password').textContent()) ?? '';
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The enrolment code is spent (RFC 6238 §5.2): let time run to the app's next one.
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('60');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(app).not.toHaveText(used);
  await page.getByRole('button', { name: 'Pause' }).click();
  const next = (await app.textContent()) ?? '';
  await page.getByLabel('Code from your phone').fill(next);
  await page.getByLabel('Code from your phone').press('Enter');
  await expect(page.locator('.outcome')).toContainText('Completed');
});

/** What each region's reporting advice must say (issue 11), and what it must not. */
const REGION_ADVICE = [
  { name: 'The UK', says: /reportfraud\.police\.uk.*0300 123 2040.*Police Scotland on 101.*7726/ },
  { name: 'The US', says: /ReportFraud\.ftc\.gov.*IdentityTheft\.gov/ },
  { name: 'Somewhere else', says: /national police or consumer protection/ },
];

for (const region of REGION_ADVICE) {
  test(`region “${region.name}” is kept across a reload, and the debrief reports there only`, async ({
    page,
  }) => {
    await page.goto('/');
    const dialog = await openSettings(page);
    // A save from before the setting, or a fresh one, advises for the UK.
    await expect(dialog.getByRole('radio', { name: 'The UK' })).toBeChecked();
    await dialog.getByRole('radio', { name: region.name }).check();
    await page.keyboard.press('Escape');
    await page.reload();
    const again = await openSettings(page);
    await expect(again.getByRole('radio', { name: region.name })).toBeChecked();
    await page.keyboard.press('Escape');

    // A code nobody asked for: the debrief says where to report it.
    await page.goto('/#/play/unrequested-code');
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: /Next event/ }).click();
    await page.getByRole('button', { name: 'End and see debrief' }).click();
    await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
    const report = page.locator('.debrief .report');
    await expect(report).toHaveText(region.says);
    for (const other of REGION_ADVICE.filter((r) => r !== region)) {
      await expect(report).not.toHaveText(other.says);
    }
    await expect(page.locator('.debrief')).toContainText(
      'You can change where you live in Settings.',
    );
  });
}
