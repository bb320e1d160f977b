/**
 * Two windows (issue 13): the presenter's window keeps the notes and the
 * controls, the audience window shows the stage alone, and they stay in
 * step over a BroadcastChannel, offline. Keys work in both; either window
 * closing leaves the other usable; one window alone works as before.
 */
import type { Page } from '@playwright/test';
import { DemoSession } from '../../src/core/scam/session';
import { builtInScenario, builtInTexts } from '../support/builtins';
import { expect, expectNoAxeViolations, test } from './fixtures';

const scenario = builtInScenario('scam-call');
const steps = scenario.demo!['taken-over'];
const total = steps.length;
const notes = builtInTexts('scam-call').notes!;
const LINK = '#/present/scam-call?policy=retail&seed=3&ending=taken-over&beat=0';

/** The simulated time the run shows after `beat` steps (the same run, computed here). */
function clockAt(beat: number): string {
  const session = new DemoSession(
    scenario,
    { policy: 'retail', seed: 3, ending: 'taken-over' },
    beat,
  );
  const iso = new Date(session.run.clock.now()).toISOString();
  session.dispose();
  return iso;
}

const step = (page: Page) => page.locator('.demo-step');
const audienceStep = (page: Page) => page.locator('.audience-step');
const phoneClock = (page: Page) => page.locator('.lock-time time');

async function openBoth(page: Page): Promise<Page> {
  await page.goto(`/${LINK}`);
  const button = page.getByRole('button', { name: 'Open the audience window' });
  const [audience] = await Promise.all([page.waitForEvent('popup'), button.click()]);
  await expect(audience.getByRole('heading', { level: 1 })).toHaveText(
    builtInTexts('scam-call').title,
  );
  await expect(page.getByText('The audience window shows the phone')).toBeVisible();
  return audience;
}

test('two windows: the room sees the stage, the presenter keeps the notes, and they stay in step', async ({
  page,
}) => {
  const audience = await openBoth(page);
  // The room's window: no notes and no controls.
  await expect(audience.locator('.notes, .demo-controls, .caption')).toHaveCount(0);
  await expect(audienceStep(audience)).toHaveText('Not started');
  // The presenter's window: what comes next, and the questions for the room.
  await expect(page.locator('.next-note')).toContainText(notes[steps[0]!.id]!);
  await expect(page.getByRole('heading', { name: 'Questions for the room' })).toBeVisible();
  await expect(page.locator('.questions li')).toHaveCount(
    builtInTexts('scam-call').talk!.questions.length,
  );

  for (let beat = 1; beat <= 3; beat++) {
    await page.keyboard.press('ArrowRight');
    await expect(step(page)).toHaveText(`Step ${beat} of ${total}`);
    await expect(audienceStep(audience)).toHaveText(`Step ${beat} of ${total}`);
    await expect(phoneClock(audience)).toHaveAttribute('datetime', clockAt(beat));
    await expect(audience).toHaveURL(new RegExp(`#/audience/scam-call\\?.*beat=${beat}$`));
  }
  // What the presenter reveals, the room sees.
  await expect(audience.locator('.attacker-console')).toHaveCount(0);
  await page.keyboard.press('a');
  await expect(audience.locator('.attacker-console')).toBeVisible();

  // A clicker aimed at the projector: the key goes to the presenter's window.
  await audience.keyboard.press('PageDown');
  await expect(step(page)).toHaveText(`Step 4 of ${total}`);
  await expect(audienceStep(audience)).toHaveText(`Step 4 of ${total}`);
  await expect(page.locator('.caption')).toHaveText(notes[steps[3]!.id]!);
  await audience.keyboard.press('ArrowLeft');
  await expect(step(page)).toHaveText(`Step 3 of ${total}`);
  await expect(phoneClock(audience)).toHaveAttribute('datetime', clockAt(3));

  // The presenter's window closes: the room's window carries on, with the keys.
  await page.close({ runBeforeUnload: true });
  await expect(audience.getByText('The presenter’s window has closed')).toBeVisible();
  await audience.keyboard.press('ArrowRight');
  await expect(audienceStep(audience)).toHaveText(`Step 4 of ${total}`);
  await expect(phoneClock(audience)).toHaveAttribute('datetime', clockAt(4));
});

test('two windows: closing the audience window gives the presenter the stage back', async ({
  page,
}) => {
  const audience = await openBoth(page);
  await expect(page.locator('.projector-stage')).toHaveCount(0);
  await audience.close({ runBeforeUnload: true });
  await expect(page.locator('.projector-stage')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open the audience window' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(step(page)).toHaveText(`Step 1 of ${total}`);
});

test('two windows: another ending chosen by the presenter takes the room with it', async ({
  page,
}) => {
  const audience = await openBoth(page);
  await page.keyboard.press('ArrowRight');
  await expect(audienceStep(audience)).toHaveText(`Step 1 of ${total}`);
  await page.getByLabel('Ending').selectOption('foiled');
  const foiled = scenario.demo!.foiled.length;
  await expect(audience).toHaveURL(/ending=foiled&beat=0$/);
  await expect(audienceStep(audience)).toHaveText('Not started');
  await page.keyboard.press('ArrowRight');
  await expect(audienceStep(audience)).toHaveText(`Step 1 of ${foiled}`);
  // The presenter's new window knows the room's is still there.
  await expect(page.getByText('The audience window shows the phone')).toBeVisible();
});

test('an audience window alone has the keys, and no axe violations', async ({ page }) => {
  await page.goto('/#/audience/scam-call?policy=retail&seed=3&ending=taken-over&beat=2');
  await expect(page.getByText('No presenter’s window is open for this demo')).toBeVisible();
  await expect(audienceStep(page)).toHaveText(`Step 2 of ${total}`);
  await page.keyboard.press('ArrowRight');
  await expect(audienceStep(page)).toHaveText(`Step 3 of ${total}`);
  await expect(phoneClock(page)).toHaveAttribute('datetime', clockAt(3));
  await page.keyboard.press('a');
  await expect(page.locator('.attacker-console')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('both windows fit a 1280×720 projector with nothing below the fold, at every step', async ({
  page,
}) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 720 });
  const audience = await openBoth(page);
  await audience.setViewportSize({ width: 1280, height: 720 });
  await page.keyboard.press('a');
  const fits = (p: Page) =>
    p.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight);
  for (let beat = 1; beat <= total; beat++) {
    await page.keyboard.press('ArrowRight');
    await expect(audienceStep(audience)).toHaveText(`Step ${beat} of ${total}`);
    expect(await fits(audience), `the audience window at step ${beat}`).toBe(true);
    expect(await fits(page), `the presenter's window at step ${beat}`).toBe(true);
  }
  await expectNoAxeViolations(page);
  await expectNoAxeViolations(audience);
});
