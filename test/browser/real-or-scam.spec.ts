import type { Locator, Page } from '@playwright/test';
import { quizText } from '../../src/core/i18n/en-quiz';
import { viteCore } from '../support/vite-core';
import { expect, expectNoAxeViolations, test } from './fixtures';

// The quiz's links are written as the page writes them (core through Vite: it finds the built-ins).
const { drawRound, formatQuizLink } =
  await viteCore<typeof import('../../src/core/quiz')>('src/core/quiz/index.ts');

/**
 * "Real or scam?" played with the keyboard alone, at a phone's width and a
 * desktop's: the picker's link opens a round, each answer is explained at
 * once with its cue marked, the tally comes at the end, and a link with a
 * seed gives everyone the same round.
 */

/** Presses Tab until `target` has the focus (keyboard only: no clicks). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target.toString()} with Tab`);
}

function seedOf(page: Page): number {
  const seed = /[?&]seed=(\d+)/.exec(new URL(page.url()).hash)?.[1];
  if (!seed) throw new Error(`no seed in ${page.url()}`);
  return Number(seed);
}

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

for (const size of SIZES) {
  test(`played with the keyboard at ${size.width} px: answers explained at once, cue marked, a tally, axe clean`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto('/');
    await tabTo(page, page.getByRole('link', { name: 'Play a round' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Real or scam?' })).toBeVisible();
    // The round's seed is written into the address, so the link names this round.
    await expect(page).toHaveURL(/#\/real-or-scam\?seed=\d+$/);
    const round = drawRound(seedOf(page));
    const total = round.items.length;
    await expect(page.getByText(`Here are ${total} short moments`)).toBeVisible();
    await expectNoAxeViolations(page);

    for (const [i, situation] of round.items.entries()) {
      const words = quizText(situation.id);
      await expect(
        page.getByRole('heading', { level: 2, name: `Moment ${i + 1} of ${total}` }),
      ).toBeVisible();
      await expect(page.locator('blockquote')).toHaveText(words.body);
      await expect(page.locator('mark')).toHaveCount(0);
      // The first one answered wrongly on purpose; the rest rightly.
      const right = situation.kind === 'scam' ? 'Scam' : 'Real';
      const wrong = situation.kind === 'scam' ? 'Real' : 'Scam';
      await tabTo(page, page.getByRole('button', { name: i === 0 ? wrong : right, exact: true }));
      await page.keyboard.press('Enter');

      const kind = situation.kind === 'scam' ? 'a scam' : 'real';
      const verdict = page.getByRole('heading', {
        level: 3,
        name: i === 0 ? `Not this time: this one is ${kind}.` : `Right: this one is ${kind}.`,
      });
      // Said at once, and focused, so a screen reader reads it out.
      await expect(verdict).toBeFocused();
      await expect(page.locator('blockquote mark')).toHaveText(words.cue);
      await expect(page.getByText(words.why)).toBeVisible();
      if (i === 0) await expectNoAxeViolations(page);
      const next = i === total - 1 ? 'See how you did' : 'Next moment';
      await tabTo(page, page.getByRole('button', { name: next }));
      await page.keyboard.press('Enter');
    }

    await expect(page.getByRole('heading', { level: 2, name: 'How you did' })).toBeFocused();
    await expect(page.getByText(`You got ${total - 1} of ${total} right.`)).toBeVisible();
    const first = round.items[0]!.kind;
    await expect(
      page.getByText(
        first === 'scam' ? 'Scams you took for real: 1.' : /^Real ones you took for a scam: 1\./,
      ),
    ).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'You said' })).toHaveCount(total);
    await expect(page.getByRole('link', { name: /#\/real-or-scam\?seed=/ })).toHaveAttribute(
      'href',
      formatQuizLink(round.seed),
    );
    await expectNoAxeViolations(page);
    // Nothing is wider than the screen.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('the same seed link gives the same round, in two separate browsers', async ({ browser }) => {
  test.setTimeout(120_000);
  const seed = 424242;
  const bodies: string[][] = [];
  for (let n = 0; n < 2; n++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`/${formatQuizLink(seed)}`);
    const seen: string[] = [];
    // (Played by keyboard above; clicks here keep two whole rounds quick.)
    for (;;) {
      const next = page.getByRole('button', { name: /Next moment|See how you did/ });
      seen.push((await page.locator('blockquote').textContent()) ?? '');
      await page.getByRole('button', { name: 'Real', exact: true }).click();
      const last = (await next.textContent())?.includes('See how');
      await next.click();
      if (last) break;
    }
    await expect(page.getByRole('heading', { name: 'How you did' })).toBeVisible();
    bodies.push(seen);
    await context.close();
  }
  expect(bodies[1]).toEqual(bodies[0]);
  expect(bodies[0]).toEqual(drawRound(seed).items.map((s) => quizText(s.id).body));
});

test('a broken round link is refused with a clear message, above the picker', async ({ page }) => {
  await page.goto('/#/real-or-scam?seed=abc');
  await expect(page.getByRole('alert')).toContainText(
    'The seed in this link must be a whole number, not “abc”.',
  );
  await expect(
    page.getByRole('heading', { level: 2, name: 'Scenarios', exact: true }),
  ).toBeVisible();
  await page.goto('/#/real-or-scam?seed=7&level=hard');
  await expect(page.getByRole('alert')).toContainText(
    'This link has a setting the sandbox does not know: “level”.',
  );
});

test('each kind of moment (call, text, email, door) passes axe, before and after the answer', async ({
  page,
}) => {
  // Rounds are drawn by seed: pick seeds whose first moment is each kind in turn.
  const seedFor = (channel: string) =>
    Array.from({ length: 500 }, (_, i) => i + 1).find(
      (s) => drawRound(s).items[0]!.channel === channel,
    )!;
  for (const channel of ['call', 'sms', 'email', 'door']) {
    await page.goto(`/${formatQuizLink(seedFor(channel))}`);
    await expect(page.getByRole('heading', { name: /^Moment 1 of/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Scam', exact: true }).click();
    await expect(page.locator('blockquote mark')).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test('the first screen carries the link to the quiz, not the quiz: it loads when opened', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(await response.text());
  });
  const words = quizText('refund-call');
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Play a round' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts.join('\n')).not.toContain(words.why);
  await page.getByRole('link', { name: 'Play a round' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Real or scam?' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts.join('\n')).toContain(words.why);
});
