/**
 * Storage that cannot break the sandbox, beyond settings.spec.ts (a corrupted
 * save, blocked storage, a simulated storage event): storage that fills up, a
 * save from an unknown future version, and two real tabs playing at once.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

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
  await expect(page.getByRole('alert')).toHaveCount(0);

  await playScenario1(page);
  await page.getByRole('link', { name: 'All scenarios', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Progress cannot be saved in this browser; everything still works.',
  );
  await expect(card(page)).toContainText('Played once');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
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
    'Your saved progress could not be read and was reset.',
  );
  await expect(card(page)).toContainText('Not played yet');
  const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY))!);
  expect(saved).toMatchObject({ version: 1, progress: {} });
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
