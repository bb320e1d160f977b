/**
 * A long session keeps the page small: the phone's lock screen stacks the
 * newest few texts, each thread and the inbox draw their newest page, and the
 * debrief's timeline draws a page at a time; the rest is one click away.
 */
import { expect, expectNoAxeViolations, test } from './fixtures';

test('after many codes the phone, inbox and debrief draw one page and show more on request', async ({
  page,
}) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/#/play/new-device');
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByLabel('Password', { exact: true }).fill('lark-meadow-42');
  await page.getByRole('button', { name: 'Sign in' }).click();

  const phone = page.locator('#pane-phone');
  const bubbles = phone.locator('.bubble');
  const startAgain = page.getByRole('button', { name: 'Start again' });
  const next = page.getByRole('button', { name: /Next event/ });
  // Each "Start again" sends a fresh code by text; "Next event" brings it.
  for (let i = 0; i < 24; i++) {
    await startAgain.click();
    await next.click();
    if (i % 6 === 0) await page.getByRole('button', { name: /by email/ }).click();
  }
  await next.click();

  const more = phone.locator('.lock-more');
  await expect(more).toHaveText(/^\+ \d+ earlier notifications$/);
  const total = 5 + Number(/\d+/.exec((await more.textContent()) ?? '')![0]);
  expect(total).toBeGreaterThan(20);
  await expect(phone.locator('.notifications li')).toHaveCount(5);
  await expect(bubbles).toHaveCount(20);
  const earlier = phone.getByRole('button', { name: `Show ${total - 20} earlier messages` });
  await expect(earlier).toBeVisible();
  await expectNoAxeViolations(page);
  await earlier.click();
  await expect(bubbles).toHaveCount(total);
  await expect(earlier).toHaveCount(0);

  // The newest message is still the last one drawn, as before.
  const newest = await bubbles.last().locator('.message-body').textContent();
  expect(newest).toMatch(/\d{3} \d{3}/);

  // The debrief's timeline: the first page, then the rest on request.
  await page.getByRole('button', { name: 'End and see debrief' }).click();
  // The timeline is in the debrief's closed "How it works".
  await page.getByText('How it works', { exact: true }).click();
  const steps = page.locator('.timeline li');
  await expect(steps).toHaveCount(40);
  const rest = page.getByRole('button', { name: /^Show the next \d+ steps$/ });
  await expect(rest).toBeVisible();
  while (await rest.isVisible()) await rest.click();
  expect(await steps.count()).toBeGreaterThan(40);
  await expectNoAxeViolations(page);
});
