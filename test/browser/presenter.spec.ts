import type { Page } from '@playwright/test';
import { catalogue } from '../../src/core/i18n';
import { loadScenario } from '../../src/core/scenario/library';
import { expect, expectNoAxeViolations, test } from './fixtures';

const notes = (
  catalogue('en').scenario as unknown as Record<string, { notes: Record<string, string> }>
)['scam-call']!.notes;

const caption = (page: Page) => page.locator('.notes .caption');
const position = (page: Page) => page.locator('.demo-step');
const live = (page: Page) => page.locator('.presenter [role="status"][aria-live="polite"]');

test('presenter mode: a whole scam driven by the keyboard alone', async ({ page }) => {
  const scenario = await loadScenario('scam-call');
  const steps = scenario.demo!['taken-over'];
  const total = steps.length;

  // From the picker, by keyboard: Tab to the "Present" link and follow it.
  await page.goto('/');
  const present = page.getByRole('link', { name: /^Present: Scam: the “customer service” call/ });
  await expect(present).toBeVisible();
  for (let i = 0; i < 200 && !(await present.evaluate((a) => a === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Presenting');
  await expect(position(page)).toHaveText('Not started');
  await expect(caption(page)).toContainText('Press Next');
  // What the attacker sees stays hidden until the presenter reveals it.
  await expect(page.locator('.attacker-console')).toHaveCount(0);

  // Every beat, alternating the arrow key and a clicker's PageDown.
  for (let beat = 1; beat <= total; beat++) {
    await page.keyboard.press(beat % 2 ? 'ArrowRight' : 'PageDown');
    await expect(position(page)).toHaveText(`Step ${beat} of ${total}`);
    const note = notes[steps[beat - 1]!.id]!;
    await expect(caption(page)).toHaveText(note);
    await expect(live(page)).toHaveText(`Step ${beat} of ${total}. ${note}`);
    await expect(page).toHaveURL(new RegExp(`beat=${beat}$`));
  }
  await expect(page.locator('.caption-end')).toBeVisible();
  // Past the end nothing moves.
  await page.keyboard.press('ArrowRight');
  await expect(position(page)).toHaveText(`Step ${total} of ${total}`);

  // Reveal the attacker's console: the room sees they got in.
  await page.keyboard.press('a');
  await expect(page.locator('.attacker-console .console-state')).toHaveAttribute(
    'data-state',
    'finished',
  );

  // Back twice (arrow and clicker): the run is replayed to the earlier beat.
  await page.keyboard.press('ArrowLeft');
  await expect(position(page)).toHaveText(`Step ${total - 1} of ${total}`);
  await page.keyboard.press('PageUp');
  await expect(position(page)).toHaveText(`Step ${total - 2} of ${total}`);
  await expect(caption(page)).toHaveText(notes[steps[total - 3]!.id]!);
  const readOut = steps.findIndex((s) => s.id === 'read-out');
  expect(total - 2).toBe(readOut + 1);
  // At "read-out" the attacker holds the code but is not in yet.
  await expect(page.locator('.attacker-console .console-state')).toHaveAttribute(
    'data-state',
    'relaying',
  );

  // R resets to the start.
  await page.keyboard.press('r');
  await expect(position(page)).toHaveText('Not started');
  await expect(live(page)).toHaveText('Back at the start: nothing has happened yet.');
  await expect(page.locator('.attacker-console .console-state')).toHaveAttribute(
    'data-state',
    'idle',
  );

  // Space plays on the simulated clock (the first step is due at once), Space pauses.
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(position(page)).toHaveText(`Step 1 of ${total}`);
  const clock = page.locator('.demo-clock time');
  const before = await clock.textContent();
  await expect.poll(() => clock.textContent(), { timeout: 5_000 }).not.toBe(before);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

  // ? opens the help; Escape closes it, and keys work again afterwards.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Presenter keys' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Page Down');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  const now = await position(page).textContent();
  await page.keyboard.press('ArrowRight');
  await expect(position(page)).not.toHaveText(now ?? '');

  // F toggles full screen.
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
});

test('presenter mode: the foiled ending, chosen from the bar, ends with the attacker shut out', async ({
  page,
}) => {
  const scenario = await loadScenario('scam-call');
  const total = scenario.demo!.foiled.length;
  await page.goto('/#/present/scam-call');
  await page.getByLabel('Ending').selectOption('foiled');
  await expect(page).toHaveURL(/ending=foiled&beat=0$/);
  for (let i = 0; i < total; i++) await page.keyboard.press('PageDown');
  await expect(position(page)).toHaveText(`Step ${total} of ${total}`);
  await page.getByLabel(/Show the room the attacker’s console/).check();
  await expect(page.locator('.attacker-console .console-state')).toHaveAttribute(
    'data-state',
    'gave-up',
  );
});

test('presenter mode and the split view have no axe violations', async ({ page }) => {
  await page.goto('/#/present/scam-call?beat=6');
  await expect(position(page)).toHaveText(/Step 6 of/);
  await expectNoAxeViolations(page);
  await page.keyboard.press('a');
  await page.getByLabel('Show the shop’s audit log').check();
  await expect(page.locator('.attacker-console')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');

  await page.goto('/#/both/scam-call?ending=foiled&beat=8');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Both sides');
  await expect(page.locator('.audit-row').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the split view shows the cause of each entry, and steps with the bar', async ({ page }) => {
  await page.goto('/#/both/scam-call?ending=taken-over');
  await expect(page.locator('.audit-empty')).toBeVisible();
  const next = page.getByRole('button', { name: 'Next →' });
  for (let i = 0; i < 5; i++) await next.click();
  await expect(page.locator('.demo-step')).toHaveText(/Step 5 of/);
  const phoneRow = page.locator('.audit-row[data-source="phone"]');
  await expect(phoneRow).toContainText(
    /This code was sent because the attacker signed in with your password at \d\d:\d\d:\d\d/,
  );
  await expect(page.locator('.audit-row[data-source="shop"]').first()).toContainText(
    /because the attacker signed in with the leaked password at \d\d:\d\d:\d\d/,
  );
  // All three sides are on screen at once.
  await expect(page.locator('.attacker-console')).toBeVisible();
  await expect(page.locator('.side-phone .lock-screen')).toBeVisible();
  await expect(page.locator('.audit')).toBeVisible();
  await page.getByRole('button', { name: '← Back' }).click();
  await expect(page.locator('.demo-step')).toHaveText(/Step 4 of/);
  await expect(phoneRow).toHaveCount(0);
});

test('only scam scenarios offer a demo on the picker', async ({ page }) => {
  await page.goto('/');
  await expect(
    page.getByRole('link', { name: /^Both sides: Scam: the “customer service” call/ }),
  ).toHaveAttribute('href', /^#\/both\/scam-call\?policy=retail$/);
  await expect(page.getByRole('link', { name: /^Present: Sign in on a new laptop/ })).toHaveCount(
    0,
  );
});
