/**
 * Storage that cannot break the sandbox, beyond settings.spec.ts (a corrupted
 * save, blocked storage, a simulated storage event): storage that fills up, a
 * save from an unknown future version, and two real tabs playing at once.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const KEY = 'otp-sandbox/v1';
const CARD = 'Sign in on a new laptop';

/** Plays scenario 1 to a completed debrief, as a learner would, from wherever the page is. */
async function playScenario1(page: Page): Promise<void> {
  await page.goto('/#/play/new-device');
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByLabel('Password', { exact: true }).fill('lark-meadow-42');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const status = page.getByRole('status', { name: 'What just happened' });
  const next = page.getByRole('button', { name: /Next event/ });
  for (let i = 0; i < 8 && !(await status.textContent())!.includes('can be sent is over'); i++) {
    await next.click();
  }
  await page.getByRole('button', { name: 'Send a new code' }).click();
  const messages = page.locator('#pane-phone .message-body');
  for (let i = 0; i < 8 && (await messages.count()) === 0; i++) await next.click();
  const code = /\d{3} \d{3}/.exec((await messages.last().textContent()) ?? '')?.[0];
  expect(code, 'a code on the phone').toBeTruthy();
  const field = page.getByLabel('Code from your phone');
  await field.fill(code!);
  await field.press('Enter');
  await expect(page.locator('.outcome')).toContainText('Completed');
}

function card(page: Page) {
  return page.getByRole('listitem').filter({ hasText: CARD });
}

test('full storage: the play still counts for this visit, and the picker says it cannot save', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // Reading works; every write is refused, as when the origin's quota is used up.
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/');
  await expect(card(page)).toContainText('Not played yet');
  // Found out on arrival (a scratch write fails), not only once a play could not be saved.
  await expect(page.getByRole('alert')).toHaveText(
    'Progress cannot be saved in this browser; everything still works.',
  );

  await playScenario1(page);
  await page.getByRole('link', { name: 'All scenarios', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Progress cannot be saved in this browser; everything still works.',
  );
  await expect(card(page)).toContainText('Played once');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
});

const CANNOT_SAVE = 'Progress cannot be saved in this browser; everything still works.';

const BREAKS: Record<string, () => void> = {
  blocked: () => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  },
  full: () => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  },
};

for (const [name, breakStorage] of Object.entries(BREAKS)) {
  test(`${name} storage, opened by a scenario link: the scenario says so once, politely, and it can be dismissed`, async ({
    page,
  }) => {
    await page.addInitScript(breakStorage);
    await page.goto('/#/play/new-device');
    const notice = page.locator('.storage-notice');
    // Polite, not an alert: it must not cut into the scenario's own announcements.
    await expect(notice.getByRole('status')).toHaveText(CANNOT_SAVE);
    await expect(page.getByRole('alert')).toHaveCount(0);
    const dismiss = notice.getByRole('button', { name: 'Dismiss this notice' });
    await expect(dismiss).toHaveText('Dismiss');
    await expectNoAxeViolations(page);
    if (process.env.SHOTS_DIR) {
      await page.screenshot({ path: `${process.env.SHOTS_DIR}/storage-notice-${name}.png` });
    }

    await dismiss.click();
    await expect(page.getByText(CANNOT_SAVE)).toHaveCount(0);
    await expect(dismiss).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    // Once: another scenario in the same visit does not bring it back.
    await page.goto('/#/play/scam-call');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/new laptop/);
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(page.locator('.storage-notice').getByRole('status')).toHaveText('');
    // The picker still tells the state of things.
    await page.getByRole('link', { name: '← All scenarios' }).click();
    await expect(page.getByRole('alert')).toHaveText(CANNOT_SAVE);
  });
}

test('storage that works: a scenario link shows no storage notice', async ({ page }) => {
  await page.goto('/#/play/new-device');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(page.locator('.storage-notice').getByRole('status')).toHaveText('');
  await expect(page.getByRole('button', { name: 'Dismiss this notice' })).toHaveCount(0);
});

test('a corrupted save, opened by a scenario link: the reset notice shows there too', async ({
  page,
}) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"version": 1, "settings": ');
      sessionStorage.setItem('seeded', '1');
    }
  }, KEY);
  await page.goto('/#/play/new-device');
  await expect(page.locator('.storage-notice').getByRole('status')).toHaveText(
    'Your saved progress could not be read, so the sandbox starts afresh. Nothing was thrown away: a copy of the old save is kept in this browser’s storage, under “otp-sandbox/v1/backup”.',
  );
});

test('a save from an unknown version is reset with a notice, and the picker works', async ({
  page,
}) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(
        key,
        JSON.stringify({
          version: 99,
          settings: { policy: 'retail' },
          progress: { 'new-device': { plays: 7, best: 100, last: 'completed' } },
        }),
      );
      sessionStorage.setItem('seeded', '1');
    }
  }, KEY);
  await page.goto('/');
  await expect(page.getByRole('alert')).toHaveText(
    'Your saved progress could not be read, so the sandbox starts afresh. Nothing was thrown away: a copy of the old save is kept in this browser’s storage, under “otp-sandbox/v1/backup”.',
  );
  await expect(card(page)).toContainText('Not played yet');
  const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY))!);
  expect(saved).toMatchObject({ version: 2, progress: {}, history: [] });
  // The newer save is not lost: it is kept whole under the backup key.
  const backup = await page.evaluate((key) => localStorage.getItem(`${key}/backup`), KEY);
  expect(JSON.parse(backup!)).toMatchObject({
    version: 99,
    progress: { 'new-device': { plays: 7 } },
  });
  // After the reset the save is valid again: a reload shows no notice.
  await page.reload();
  await expect(card(page)).toContainText('Not played yet');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('two tabs open at once lose no progress', async ({ page, context }) => {
  test.slow();
  const other = await context.newPage();
  await page.goto('/');
  await other.goto('/');
  await expect(card(page)).toContainText('Not played yet');
  await expect(card(other)).toContainText('Not played yet');

  // The first tab plays and saves; the second, loaded before that, plays next.
  await playScenario1(page);
  await playScenario1(other);

  // Neither save overwrote the other: both plays are counted, in both tabs and in storage.
  for (const tab of [page, other]) {
    await tab.getByRole('link', { name: 'All scenarios', exact: true }).click();
    await expect(card(tab)).toContainText('Played 2 times');
  }
  const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY))!);
  expect(saved.progress['new-device'].plays).toBe(2);
  // The first tab, left on its picker, picks up the second tab's next save as it happens.
  await playScenario1(other);
  await expect(card(page)).toContainText('Played 3 times');
  await other.close();
});
