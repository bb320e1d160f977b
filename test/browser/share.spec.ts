import type { Page } from '@playwright/test';
import { builtInScenario } from '../support/builtins';
import { expect, test } from './fixtures';

/** Everything the split view shows of the run: the log with causes, the phone, the attacker. */
async function snapshot(page: Page) {
  return {
    step: await page.locator('.demo-step').textContent(),
    clock: await page.locator('.demo-clock time').getAttribute('datetime'),
    audit: await page.locator('.audit-row').allInnerTexts(),
    phone: await page.locator('.side-phone').innerText(),
    attacker: await page.locator('.attacker-console').innerText(),
  };
}

test('a share link reproduces the same beat as stepping to it by hand', async ({
  page,
  context,
}) => {
  // Both endings stepped beat by beat, each against its share link: the longest test here.
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const scenario = builtInScenario('scam-call');
  for (const ending of ['taken-over', 'foiled'] as const) {
    const total = scenario.demo![ending].length;
    await page.goto(`/#/both/scam-call?policy=strict&seed=4242&ending=${ending}&beat=0`);
    const next = page.getByRole('button', { name: 'Next →' });
    let at = 0;
    // Before the attacker signs in (beat 4) the log is empty; compare after it.
    for (const beat of [4, total - 1, total]) {
      for (; at < beat; at++) {
        await next.click();
        await expect(page.locator('.demo-step')).toHaveText(`Step ${at + 1} of ${total}`);
      }
      const byHand = await snapshot(page);
      expect(byHand.audit.length).toBeGreaterThan(0);

      await page.getByRole('button', { name: 'Copy link' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText(
        `Link to step ${beat} copied.`,
      );
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toMatch(
        new RegExp(`#/both/scam-call\\?policy=strict&seed=4242&ending=${ending}&beat=${beat}$`),
      );

      const other = await context.newPage();
      await other.goto(copied);
      await expect(other.locator('.demo-step')).toHaveText(`Step ${beat} of ${total}`);
      expect(await snapshot(other)).toEqual(byHand);
      await other.close();
    }
  }
});

test('a different seed gives different codes; the same seed the same ones', async ({ page }) => {
  const code = async (seed: number) => {
    await page.goto(`/#/both/scam-call?seed=${seed}&beat=5`);
    const row = page.locator('.audit-row[data-source="phone"]');
    await expect(row).toBeVisible();
    return /(\d{3} \d{3})/.exec(await row.innerText())?.[1];
  };
  const a = await code(11);
  const b = await code(12);
  expect(a).toBeDefined();
  expect(a).not.toBe(b);
  expect(await code(11)).toBe(a);
});

test('reloading keeps the beat: the address follows each step', async ({ page }) => {
  await page.goto('/#/present/scam-call?seed=3');
  // Keys pressed before the scenario has loaded go nowhere: wait for its first step.
  await expect(page.locator('.demo-step')).toHaveText('Not started');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(
    /#\/present\/scam-call\?policy=retail&seed=3&ending=taken-over&beat=3$/,
  );
  await page.reload();
  await expect(page.locator('.demo-step')).toHaveText(/^Step 3 of/);
});

for (const [name, hash, notice] of [
  [
    'a malformed link',
    '#/present/scam-call?seed=abc',
    'The seed in this link must be a whole number, not “abc”.',
  ],
  ['an unknown mode', '#/watch/scam-call', 'This link asks for “watch”'],
  ['a broken escape', '#/present/%E0%A4%A', 'This link is not a link the sandbox can read'],
  [
    'a stale link (a beat past the demo’s end)',
    '#/both/scam-call?ending=foiled&beat=99',
    'This link points to step 99, which this demo does not have: the link is out of date.',
  ],
  [
    'a demo of a scenario that is not a scam',
    '#/present/new-device',
    'The scenario “new-device” is not a scam',
  ],
  ['an unknown scenario', '#/both/scam-from-2019', 'There is no scenario called “scam-from-2019”.'],
] as const) {
  test(`${name} opens the picker with a notice`, async ({ page }) => {
    await page.goto(`/${hash}`);
    await expect(page.getByRole('alert')).toContainText(notice);
    await expect(page.getByRole('alert')).toContainText('Pick a scenario below instead.');
    await expect(page.getByRole('heading', { level: 1, name: 'OTP Sandbox' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Scenarios', exact: true })).toBeVisible();
  });
}

test('after a bad link, a good one opens normally', async ({ page }) => {
  await page.goto('/#/both/scam-call?beat=99');
  await expect(page.getByRole('alert')).toBeVisible();
  await page.goto('/#/both/scam-call?beat=2');
  await expect(page.locator('.demo-step')).toHaveText(/^Step 2 of/);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the learner’s own play links work as before, an unknown one with the picker’s notice', async ({
  page,
}) => {
  await page.goto('/#/play/no-such-thing');
  await expect(page.getByRole('alert')).toHaveText(
    'There is no scenario called “no-such-thing”. Pick one of the scenarios below.',
  );
  await page.goto('/#/play/scam-call');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page).toHaveURL(/#\/play\/scam-call$/);
});

test('an attacker’s-seat link opens the seat, lazily, with its settings', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Scenarios', exact: true })).toBeVisible();
  expect(loaded.some((p) => /AttackerSeat|PresenterView|SplitView/.test(p))).toBe(false);
  await page.goto('/#/attack/scam-call?policy=weak&seed=9&profile=cautious');
  await expect(page.getByRole('heading', { level: 1, name: 'The attacker’s seat' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(loaded.some((p) => p.includes('AttackerSeat'))).toBe(true);
});
