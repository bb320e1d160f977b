import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** The attacker's seat, through its share link (App.svelte's `attack` mode). */
const seat = (profile: string, policy: string, seed = 1) =>
  `/#/attack/scam-call?profile=${profile}&policy=${policy}&seed=${seed}`;

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'The attacker’s seat' })).toBeVisible();
}

async function signIn(page: Page, password: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`password ${password}$`) }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const seen = (page: Page) => page.getByTestId('seen-code');

test('trusting target: a wrong leaked password fails, the right one sends the code to the target, a pretext gets it out of them', async ({
  page,
}) => {
  await open(page, seat('trusting', 'retail'));
  await expectNoAxeViolations(page);

  await signIn(page, 'lark-meadow-41');
  await expect(page.getByText(/email address or password is not right/)).toBeVisible();
  await expect(page.getByTestId('shop-state')).toHaveText('Nothing started');

  await signIn(page, 'lark-meadow-42');
  await expect(page.getByText(/texted a code to the account holder’s phone/)).toBeVisible();
  await expect(seen(page)).toContainText('You cannot see it');
  await expect(seen(page).locator('.relayed')).toHaveCount(0);

  await page.getByRole('button', { name: /Security call about a new phone/ }).click();
  const log = page.getByRole('log');
  await expect(log).toContainText('Handed over the code');
  const code = (await seen(page).locator('.relayed').textContent())?.match(/\d{6}/)?.[0];
  expect(code).toMatch(/^\d{6}$/);
  await expect(
    page.getByRole('button', { name: /Security call about a new phone/ }),
  ).toBeDisabled();
  await expectNoAxeViolations(page);

  await page.getByLabel('Code for Larkspur').fill(code!);
  await page.getByRole('button', { name: 'Enter code' }).click();
  const debrief = page.getByRole('heading', { name: /Debrief: You got in/ });
  await expect(debrief).toBeFocused();
  await expect(page.getByText(/only got in because they read the code out/)).toBeVisible();
  await expect(page.getByText(/Changed your delivery address/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('cautious target refuses and says why; the story does not match the message', async ({
  page,
}) => {
  await open(page, seat('cautious', 'retail'));
  await signIn(page, 'lark-meadow-42');
  await page.getByRole('button', { name: /Support call about an order/ }).click();
  const log = page.getByRole('log');
  await expect(log).toContainText('Refused');
  await expect(log).toContainText(
    'but the text says it is to approve a sign-in on a new device (Android phone, Leeds)',
  );
  await expect(seen(page)).toContainText('You cannot see it');
});

test('the seat plays the scenario in its link: scenario 13’s device, words and source', async ({
  page,
}) => {
  await page.goto('/#/attack/scam-friend?profile=cautious&policy=retail&seed=1');
  await expect(page.getByTestId('seat-scenario')).toContainText(
    'Scenario 13: Scam: the friend who sent a code “by mistake”',
  );
  const friend = page.getByRole('button', { name: /Friend sent a code by mistake/ });
  await expect(friend).toContainText('from scenario 13');
  await expect(
    page.getByRole('button', { name: /Security call about a new phone/ }),
  ).not.toContainText('from scenario');
  await signIn(page, 'lark-meadow-42');
  await friend.click();
  const log = page.getByRole('log');
  // Scenario 13's own text, and its attacker's device in the genuine message.
  await expect(log).toContainText('typed your number instead of mine');
  await expect(log).toContainText('approve a sign-in on a new device (iPhone, Glasgow)');
  await expectNoAxeViolations(page);
});

test('retail: guessing is locked out after 5 wrong codes', async ({ page }) => {
  await open(page, seat('cautious', 'retail'));
  await signIn(page, 'lark-meadow-42');
  await page.getByLabel('How many guesses').fill('1000');
  await page.getByRole('button', { name: 'Try 1000 guesses' }).click();
  await expect(page.getByTestId('guess-counter')).toHaveText('Guesses so far: 5');
  await expect(
    page.getByRole('heading', { name: /Debrief: The shop locked you out/ }),
  ).toBeVisible();
  await expect(page.getByText(/1 in 200,000 chance/)).toBeVisible();
});

test('weak preset: a script guesses its way in within 10,000 guesses', async ({ page }) => {
  await open(page, seat('cautious', 'weak'));
  await signIn(page, 'lark-meadow-42');
  await page.getByLabel('How many guesses').fill('10000');
  await page.getByRole('button', { name: 'Try 10000 guesses' }).click();
  await expect(page.getByRole('heading', { name: /Debrief: You got in/ })).toBeVisible({
    timeout: 20_000,
  });
  const counter = await page.getByTestId('guess-counter').textContent();
  const guesses = Number(counter?.replace(/\D/g, ''));
  expect(guesses).toBeGreaterThan(0);
  expect(guesses).toBeLessThanOrEqual(10_000);
  await expect(page.getByText(/You guessed the code after/)).toBeVisible();
});

test('bad input: a nonsense guess count or code changes nothing', async ({ page }) => {
  await open(page, seat('hurried', 'retail'));
  await signIn(page, 'lark-meadow-42');
  await page.getByLabel('How many guesses').fill('lots');
  await page.getByRole('button', { name: /^Try lots guesses$/ }).click();
  await expect(page.getByRole('alert')).toHaveText('Type a whole number from 1 to 1,000,000.');
  await page.getByLabel('Code for Larkspur').fill('12ab');
  await page.getByRole('button', { name: 'Enter code' }).click();
  await expect(page.locator('.code-message')).toContainText('A code is made of digits only');
  await expect(page.getByTestId('guess-counter')).toHaveText('Guesses so far: 0');
  await expectNoAxeViolations(page);
});

for (const size of [
  { width: 1280, height: 800, tag: 'desktop' },
  { width: 390, height: 844, tag: 'phone' },
]) {
  test(`screenshots, ${size.tag}`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    const shot = (what: string) =>
      page.screenshot({ path: `/tmp/shots/seat-${what}-${size.tag}.png`, fullPage: true });
    await open(page, seat('hurried', 'retail'));
    await shot('start');
    await signIn(page, 'lark-meadow-42');
    // A calm story: the hurried target puts it off. Then a deadline: they hand it over.
    await page.getByRole('button', { name: /Security call about a new phone/ }).click();
    await expect(page.getByRole('log')).toContainText('Refused');
    await page.getByRole('button', { name: /Support call about an order/ }).click();
    await expect(page.getByRole('log')).toContainText('Handed over the code');
    await shot('talk');
    const code = (await seen(page).locator('.relayed').textContent())?.match(/\d{6}/)?.[0] ?? '';
    await page.getByLabel('Code for Larkspur').fill(code);
    await page.getByRole('button', { name: 'Enter code' }).click();
    await expect(page.getByRole('heading', { name: /Debrief/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await shot('debrief');
  });
}

test('the picker offers the seat against each kind of target, and the link opens it', async ({
  page,
}) => {
  await page.goto('/');
  const entry = page.getByRole('region', { name: 'Play the attacker' });
  await expect(entry.getByRole('link')).toHaveCount(3);
  await entry.getByRole('link', { name: 'A cautious person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The attacker’s seat' })).toBeVisible();
  await expect(page.getByText(/You are after: Sam Rivera \(cautious\)/)).toBeVisible();
});
