/**
 * "For trainers" (issue 13): linked from the picker, it shows the three
 * session plans with each block's minutes, the questions for the room of
 * every scenario a plan names (read here from the scenarios' own files),
 * links that open presenter mode, and the debrief's own steps after a scam,
 * word for word as a debrief shows them.
 */
import type { Page } from '@playwright/test';
import { fill } from '../../src/core/i18n/fill';
import { TRAINERS_TEXT as tt } from '../../src/ui/trainers/text.en';
import { builtInTexts } from '../support/builtins';
import { viteCore } from '../support/vite-core';
import { expect, expectNoAxeViolations, test } from './fixtures';

// The plans as the page reads them (core through Vite, which finds the built-ins).
const { SESSION_PLANS, blockScenario } = await viteCore<
  typeof import('../../src/core/trainer/plans')
>('src/core/trainer/plans.ts');

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const plan = (page: Page, minutes: number) =>
  page.locator('article.plan', {
    has: page.getByRole('heading', { level: 3, name: new RegExp(`^About ${minutes} minutes`) }),
  });

async function open(page: Page): Promise<void> {
  await page.goto('/#/trainers');
  await expect(heading(page)).toHaveText(tt.title);
  await expect(page.locator('article.plan')).toHaveCount(SESSION_PLANS.length);
}

test('from the picker, "For trainers" shows three plans, their minutes and each scenario’s questions', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'For trainers' }).click();
  await expect(page).toHaveURL(/#\/trainers$/);
  await expect(heading(page)).toHaveText(tt.title);
  // Followed from the picker: focus moves to the page's heading, and the tab says where it is.
  await expect(heading(page)).toBeFocused();
  await expect(page).toHaveTitle(`${tt.title} – OTP Sandbox`);

  expect(SESSION_PLANS.map((p) => p.minutes)).toEqual([20, 45, 90]);
  for (const p of SESSION_PLANS) {
    const article = plan(page, p.minutes);
    await expect(article).toHaveCount(1);
    await expect(article.locator('.block .minutes')).toHaveText(
      p.blocks.map((b) => fill(tt.minutes, { minutes: b.minutes })),
    );
    const blocks = article.locator('li.block');
    for (const [i, block] of p.blocks.entries()) {
      const id = blockScenario(block);
      if (id === null) continue;
      const texts = builtInTexts(id);
      await expect(blocks.nth(i).locator('.scenario')).toHaveText(texts.title);
      const questions = texts.talk?.questions ?? [];
      expect(questions.length, `${id} has questions for the room`).toBeGreaterThanOrEqual(2);
      await expect(blocks.nth(i).locator('.questions li')).toHaveText([...questions]);
    }
  }

  // One h1, and no heading skips a level.
  const levels = await page
    .locator('main')
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  for (const [i, level] of levels.entries()) {
    if (i > 0) expect(level, `heading ${i + 1}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
  }
  await expectNoAxeViolations(page);
});

test('a presenter link on the page opens presenter mode at the first step', async ({ page }) => {
  await open(page);
  const title = builtInTexts('scam-link').title;
  const links = page.locator('ul.present-links');
  await links.getByRole('link', { name: title, exact: true }).click();
  await expect(page).toHaveURL(
    /#\/present\/scam-link\?policy=retail&seed=1&ending=taken-over&beat=0$/,
  );
  await expect(heading(page)).toContainText('Presenting');
  await expect(heading(page)).toContainText(title);
  await expect(page.locator('.demo-step')).toHaveText('Not started');

  // A plan's demo block opens presenter mode too, by keyboard.
  await open(page);
  const demo = plan(page, 20)
    .locator('li.block')
    .first()
    .getByRole('link', { name: builtInTexts('scam-call').title });
  await demo.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/present\/scam-call\?/);
  await expect(heading(page)).toContainText('Presenting');
});

test('the steps after a scam are the debrief’s, word for word', async ({ page }) => {
  // Played through the UI to "taken over": the friend scam's debrief lists every step.
  test.slow();
  await page.goto('/#/play/scam-friend');
  await page.getByRole('button', { name: 'Pause' }).click();
  const debrief = page.getByRole('heading', { name: 'Debrief' });
  const phone = page.locator('#pane-phone');
  const reply = phone.getByRole('textbox', { name: /Reply to/ });
  const code = phone.locator('.thread', { hasText: '60123' }).locator('.message-body').last();
  let replied = false;
  for (let i = 0; i < 40 && !(await debrief.isVisible()); i++) {
    if (!replied && (await reply.isVisible()) && (await code.isVisible())) {
      const digits = /\b(\d{3}) ?(\d{3})\b/.exec((await code.textContent()) ?? '');
      expect(digits, 'the code message holds a code').not.toBeNull();
      await reply.fill(`${digits![1]}${digits![2]}`);
      await reply.press('Enter');
      replied = true;
    } else await page.getByRole('button', { name: /Next event/ }).click();
  }
  await expect(page.locator('.outcome')).toHaveText(/^Taken over/);
  const shown = page.locator('section.recovery');
  const steps = await shown.locator('ol li').allTextContents();
  const lines = await shown.locator('p.region-note, p.careful').allTextContents();
  expect(steps).toHaveLength(7);
  expect(lines).toHaveLength(2);

  await open(page);
  const section = page.getByRole('region', { name: tt.scammed.heading });
  const clean = (texts: string[]) => texts.map((s) => s.replace(/\s+/g, ' ').trim());
  expect(clean(await section.locator('ol li').allTextContents())).toEqual(clean(steps));
  expect(clean(await section.locator('p.region-note, p.careful').allTextContents())).toEqual(
    clean(lines),
  );
});

test('on a phone (390×844) nothing runs off the side, and axe is clean', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page);
  const overflow = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    wide: [...document.querySelectorAll('main *')]
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent?.slice(0, 40)}`),
  }));
  expect(overflow.wide).toEqual([]);
  expect(overflow.page).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);

  // "On this page" takes a keyboard user to a part's heading, and the address stays.
  const contents = page.getByRole('navigation', { name: tt.contents });
  await contents.getByRole('button', { name: tt.scammed.heading }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: tt.scammed.heading })).toBeFocused();
  await expect(page).toHaveURL(/#\/trainers$/);
});
