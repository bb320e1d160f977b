import { builtInTexts } from '../support/builtins';
import { expect, expectNoAxeViolations, test } from './fixtures';

test('the shell shows its heading and passes axe (WCAG 2.2 AA)', async ({ page }) => {
  await page.goto('/');

  await expect(page).toHaveTitle('OTP Sandbox');
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'OTP Sandbox' })).toBeVisible();

  await expectNoAxeViolations(page);
});

test('the first screen loads the scenario cards, not the scenarios’ own texts', async ({
  page,
}) => {
  const scamCall = builtInTexts('scam-call');
  const callLine = scamCall.calls['agent-call']?.[0] ?? '';
  const note = scamCall.notes?.['read-out'] ?? '';
  expect(callLine && note, 'scam-call has its call and its speaker note').toBeTruthy();
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(await response.text());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 3, name: scamCall.title })).toBeVisible();
  await page.waitForLoadState('networkidle');
  // A card text is there; a call's words and a speaker note, which only a played scenario needs, are not.
  const firstScreen = scripts.join('\n');
  expect(firstScreen).toContain(scamCall.summary);
  expect(firstScreen).not.toContain(callLine);
  expect(firstScreen).not.toContain(note);

  // Opening a scenario brings them.
  await page.goto('/#/play/scam-call');
  await expect(page.getByRole('heading', { level: 1, name: scamCall.title })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts.join('\n')).toContain(callLine);
});
