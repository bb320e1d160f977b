/**
 * The debrief, for people (issue 11): the right moves come first; "If this
 * happened for real" shows when a code left the learner's hands, and only
 * then; the card's objectives are ticked; the audit timeline and the rules
 * sit in a closed "How it works". Every scenario's debrief (both endings of
 * each scam) passes axe and is photographed at 1280×800 and 390×844 when
 * SHOTS_DIR is set.
 */
import type { Page } from '@playwright/test';
import { builtInScenario, builtInTexts, SCENARIO_IDS } from '../support/builtins';
import { expect, expectNoAxeViolations, test } from './fixtures';

const SHOTS = process.env.SHOTS_DIR;
// Playing a scam to its end through the UI takes 40 s on a loaded machine.
test.describe.configure({ timeout: 120_000 });
const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

const debriefHeading = (page: Page) => page.getByRole('heading', { name: 'Debrief' });
const next = (page: Page) => page.getByRole('button', { name: /Next event/ });

async function start(page: Page, id: string): Promise<void> {
  await page.goto(`/#/play/${id}`);
  await page.getByRole('button', { name: 'Pause' }).click();
}

/** Does what a trusting target does: answers, reads out, texts back, types into the page. */
async function handOver(page: Page): Promise<void> {
  const phone = page.locator('#pane-phone');
  let replied = false;
  for (let i = 0; i < 40 && !(await debriefHeading(page).isVisible()); i++) {
    const answer = phone.getByRole('button', { name: 'Answer' });
    const readOut = phone.getByRole('button', { name: 'Read the code out' });
    const link = phone.locator('.thread .message-link').first();
    const browser = phone.locator('.fake-browser');
    const codeBubble = phone.locator('.thread', { hasText: '60123' }).locator('.bubble').last();
    const reply = phone.getByRole('textbox', { name: /Reply to/ });
    if (await answer.isVisible()) await answer.click();
    else if (await readOut.isVisible()) await readOut.click();
    else if ((await link.isVisible()) && !(await browser.isVisible()) && i < 20) await link.click();
    else if (await browser.getByLabel('Password', { exact: true }).isVisible()) {
      await browser.getByLabel('Password', { exact: true }).fill('lark-meadow-42');
      await browser.getByRole('button', { name: 'Continue' }).click();
    } else if (
      (await browser.getByLabel('Code', { exact: true }).isVisible()) &&
      (await codeBubble.isVisible())
    ) {
      await browser.getByLabel('Code', { exact: true }).fill(await codeIn(page, codeBubble));
      await browser.getByRole('button', { name: 'Verify' }).click();
    } else if (!replied && (await reply.isVisible()) && (await codeBubble.isVisible())) {
      replied = true;
      await reply.fill(await codeIn(page, codeBubble));
      await reply.press('Enter');
    } else await next(page).click();
  }
  await expect(debriefHeading(page)).toBeVisible();
}

async function codeIn(_page: Page, bubble: ReturnType<Page['locator']>): Promise<string> {
  const text = (await bubble.locator('.message-body').textContent()) ?? '';
  const match = /\b(\d{3}) ?(\d{3})\b/.exec(text);
  expect(match, `no code in: ${text}`).not.toBeNull();
  return `${match![1]}${match![2]}`;
}

/** Declines calls and takes the choice that tells the shop (the one that foils the attacker). */
async function foil(page: Page, id: string): Promise<void> {
  const scenario = builtInScenario(id);
  const texts = builtInTexts(id) as { decisions: Record<string, Record<string, string>> };
  const foils = scenario.decisions.flatMap((d) =>
    d.choices.filter((c) => c.foils).map((c) => texts.decisions[d.id]![c.id]!),
  );
  const phone = page.locator('#pane-phone');
  for (let i = 0; i < 40 && !(await debriefHeading(page).isVisible()); i++) {
    const decline = phone.getByRole('button', { name: 'Decline' });
    const choice = page.getByRole('button', { name: foils[0]!, exact: true });
    if (await decline.isVisible()) await decline.click();
    else if (await choice.isVisible()) await choice.click();
    else await next(page).click();
  }
  await expect(debriefHeading(page)).toBeVisible();
}

async function ends(page: Page): Promise<void> {
  await next(page).click();
  await page.getByRole('button', { name: 'End and see debrief' }).click();
  await expect(debriefHeading(page)).toBeVisible();
}

/** What every debrief has: right moves before what happened, and "How it works" closed. */
async function checkShape(page: Page): Promise<void> {
  const headings = await page.locator('.debrief h3').allTextContents();
  expect(headings.indexOf('The right moves')).toBeGreaterThanOrEqual(0);
  const how = page.locator('details.how-it-works');
  await expect(how).toHaveCount(1);
  await expect(how).not.toHaveAttribute('open');
  await expect(how.locator('.timeline, p').first()).toBeHidden();
  // What happened comes after the right moves.
  for (const later of ['Red flags', 'What you did', 'What the attacker']) {
    const at = headings.findIndex((h) => h.startsWith(later));
    if (at >= 0) expect(at).toBeGreaterThan(headings.indexOf('The right moves'));
  }
}

async function shots(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({
      path: `${SHOTS}/${name}-${size.width}x${size.height}.png`,
      fullPage: true,
    });
  }
  // The phone's view of the recovery steps, at full size.
  const recovery = page.locator('section.recovery');
  if (await recovery.isVisible()) {
    await recovery.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/${name}-390-recovery.png` });
  }
}

for (const id of SCENARIO_IDS) {
  const scenario = builtInScenario(id);
  if (scenario.flow !== 'scam') {
    // debriefs.spec.ts already runs axe on each of these; the shape is checked on one (and on
    // every one when screenshots are asked for).
    if (!SHOTS && id !== 'new-device') continue;
    test(`${id}: the debrief puts the right moves first, "How it works" closed, axe clean`, async ({
      page,
    }) => {
      await start(page, id);
      await ends(page);
      await checkShape(page);
      // Nothing was handed over: no recovery section.
      await expect(page.getByRole('heading', { name: 'If this happened for real' })).toHaveCount(0);
      await expectNoAxeViolations(page);
      await shots(page, `${id}`);
    });
    continue;
  }
  test(`${id}, taken over: "If this happened for real", then what happened, axe clean`, async ({
    page,
  }) => {
    await start(page, id);
    await handOver(page);
    await expect(page.locator('.outcome')).toHaveText(/^Taken over/);
    await checkShape(page);
    const recovery = page.locator('section.recovery');
    await expect(
      recovery.getByRole('heading', { name: 'If this happened for real' }),
    ).toBeVisible();
    await expect(recovery.getByRole('listitem').first()).toBeVisible();
    await expect(recovery).toContainText('Report it.');
    await expect(recovery).toContainText(/careful people/);
    await expectNoAxeViolations(page);
    await page.locator('details.how-it-works summary').click();
    await expect(page.locator('details.how-it-works')).toHaveAttribute('open');
    await page.locator('details.how-it-works summary').click();
    await shots(page, `${id}-taken-over`);
  });

  test(`${id}, foiled: no recovery section, axe clean`, async ({ page }) => {
    await start(page, id);
    await foil(page, id);
    await expect(page.locator('.outcome')).toHaveText(/^Foiled/);
    await checkShape(page);
    await expect(page.getByRole('heading', { name: 'If this happened for real' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await shots(page, `${id}-foiled`);
  });
}

test('unrequested-code: sending the code to the stranger shows the recovery steps', async ({
  page,
}) => {
  await start(page, 'unrequested-code');
  const send = page.getByRole('button', {
    name: builtInTexts('unrequested-code').decisions.reply?.['send-code'],
  });
  for (let i = 0; i < 10 && !(await send.isVisible()); i++) await next(page).click();
  await send.click();
  await page
    .getByRole('button', {
      name: builtInTexts('unrequested-code').decisions['next-step']?.['do-nothing'],
    })
    .click();
  await expect(debriefHeading(page)).toBeVisible();
  const recovery = page.locator('section.recovery');
  await expect(recovery).toContainText('Change your Larkspur password');
  await expect(recovery).toContainText('Sign out of every device');
  await expect(recovery).not.toContainText('call your bank');
  await expectNoAxeViolations(page);
  await shots(page, 'unrequested-code-sent');
});
