import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const SHOTS = process.env.SHOTS_DIR;

/** Presses "Next event" until `target` shows (or gives up after `max` presses). */
async function nextUntil(page: Page, target: Locator, max = 12): Promise<void> {
  for (let i = 0; i < max && !(await target.isVisible()); i++) {
    await page.getByRole('button', { name: /Next event/ }).click();
  }
  await expect(target).toBeVisible();
}

async function start(page: Page, id: string): Promise<void> {
  await page.goto(`/#/play/${id}`);
  await page.getByRole('button', { name: 'Pause' }).click();
}

/** The code in a message as its owner reads it ("852 640" reads as 852640). */
async function codeIn(message: Locator): Promise<string> {
  const text = (await message.locator('.message-body').textContent()) ?? '';
  const match = /\b(\d{3}) ?(\d{3})\b/.exec(text);
  expect(match, `no code in: ${text}`).not.toBeNull();
  return `${match![1]}${match![2]}`;
}

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test('scam call, taken over: answer, read the code out, and the debrief shows what the attacker did', async ({
  page,
}) => {
  await start(page, 'scam-call');
  const phone = page.locator('#pane-phone');
  await nextUntil(page, phone.getByRole('heading', { name: 'Incoming call' }));
  await expect(phone.getByText('+44 7700 900100')).toBeVisible();
  await phone.getByRole('button', { name: 'Answer' }).click();
  // Focus follows the call: the answered call's heading, not a vanished button.
  await expect(phone.getByRole('heading', { name: 'Call in progress' })).toBeFocused();
  await expect(phone.getByText(/read me the six digits/)).toBeVisible();
  // No code yet: nothing to read out.
  await expect(phone.getByText('No code has reached your phone yet.')).toBeVisible();
  await expect(phone.getByRole('button', { name: 'Read the code out' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const readOut = phone.getByRole('button', { name: 'Read the code out' });
  await nextUntil(page, readOut);
  // The genuine code looks like any other text while playing: no cause is shown.
  const bubble = phone.locator('.thread .bubble').last();
  await expect(bubble).toContainText(/sign-in/i);
  await expect(phone.getByText(/because the attacker/)).toHaveCount(0);
  const code = await codeIn(bubble);
  // The call shows the code grouped as the text message prints it ("852 640"), not as "852640".
  const grouped = `${code.slice(0, 3)} ${code.slice(3)}`;
  await expect(bubble.locator('.message-body')).toContainText(grouped);
  await expect(phone.getByText(`The latest code on your phone: ${grouped}.`)).toBeVisible();
  await shot(page, 'call-desktop');
  await readOut.click();
  await expect(phone.locator('.transcript .you')).toHaveText(`You: ${grouped}`);
  await expect(readOut).toHaveCount(0);

  await nextUntil(page, page.getByRole('heading', { name: 'Debrief' }));
  await expect(page.locator('.outcome')).toHaveText(/^Taken over/);
  // Red flags: all missed, each explained.
  await expect(page.getByText('You found 0 of 5 red flags.')).toBeVisible();
  const table = page.locator('.flag-table');
  await expect(table.locator('tbody tr:not(.flag-where)')).toHaveCount(5);
  // Grouped by where each flag was, in the order they reached the phone: the call, then the text.
  await expect(table.locator('.flag-where')).toHaveText([
    'The call from +44 7700 900100',
    /^Text from 60123 at 09:58:\d\d$/,
  ]);
  await expect(page.locator('.did')).toContainText('you read the code out on the call.');
  await expect(table.getByRole('row', { name: /The purpose does not match/ })).toContainText(
    'Missed',
  );
  await expect(table).toContainText('Anyone who asks for your code is a scammer');
  // The genuine code's cause, now told.
  await expect(
    page.getByText(
      /This code was sent because the attacker signed in with your password at 09:58:23\./,
    ),
  ).toBeVisible();
  // The attacker's console: in, and what they took.
  const console_ = page.locator('.attacker-console');
  await expect(console_.getByRole('heading', { name: 'The attacker’s console' })).toBeVisible();
  await expect(console_).toContainText('took everything they came for');
  await expect(console_).toContainText('accepted');
  await expect(console_).toContainText('Changed your delivery address to theirs');
  await expect(console_).toContainText('Ordered goods worth £899.00 with your saved card');
  await expectNoAxeViolations(page);
  await shot(page, 'debrief-taken-desktop');
});

test('scam call, foiled by keyboard: mark the mismatch, hang up, call the official number', async ({
  page,
}) => {
  await start(page, 'scam-call');
  const phone = page.locator('#pane-phone');
  await nextUntil(page, phone.getByRole('heading', { name: 'Incoming call' }));
  await phone.getByRole('button', { name: 'Answer' }).focus();
  await page.keyboard.press('Enter');
  await expect(phone.getByRole('heading', { name: 'Call in progress' })).toBeFocused();
  await nextUntil(page, phone.getByRole('button', { name: 'Read the code out' }));

  // Open "Mark what looks wrong" on the call and tick a flag, all by keyboard.
  const call = phone.locator('.call');
  const summary = call.locator('summary', { hasText: 'Mark what looks wrong' });
  await summary.focus();
  await page.keyboard.press('Enter');
  const mismatch = call.getByRole('checkbox', { name: 'The purpose does not match' });
  await expect(mismatch).toBeVisible();
  await expect(mismatch).toHaveAccessibleDescription(/whatever they say it is for/);
  await mismatch.focus();
  await page.keyboard.press('Space');
  await expect(mismatch).toBeChecked();
  // The mark shows on the call itself, and space in a checkbox did not toggle play.
  await expect(call.locator('.flag-chip')).toHaveText(/The purpose does not match/);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  // A flag that is not there, marked on the genuine code message: noted as a false flag.
  const codeMessage = phone.locator('.thread .bubble').last();
  await codeMessage.locator('summary').click();
  await codeMessage.getByRole('checkbox', { name: 'A code you did not ask for' }).check();
  await codeMessage.getByRole('checkbox', { name: 'Remote access or screen sharing' }).check();
  await expectNoAxeViolations(page);
  await shot(page, 'flags-desktop');

  await call.getByRole('button', { name: 'Hang up' }).focus();
  await page.keyboard.press('Enter');
  await expect(phone.getByRole('heading', { name: 'Call ended' })).toBeFocused();
  await page
    .locator('#pane-shop')
    .getByRole('button', { name: /Call Larkspur on the number from its site/ })
    .click();

  await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
  await expect(page.locator('.outcome')).toHaveText(/^Foiled/);
  await expect(page.getByText('You found 2 of 5 red flags.')).toBeVisible();
  const table = page.locator('.flag-table');
  await expect(table.getByRole('row', { name: /The purpose does not match/ })).toContainText(
    'Found',
  );
  await expect(table.getByRole('row', { name: /A code you did not ask for/ })).toContainText(
    'Found',
  );
  await expect(table.getByRole('row', { name: /Urgency or fear/ })).toContainText('Missed');
  await expect(page.locator('.false-flags')).toContainText('Remote access or screen sharing');
  const console_ = page.locator('.attacker-console');
  await expect(console_).toContainText(
    'Gave up: in this run, the shop stopped their attempt after you told it.',
  );
  await expect(console_).toContainText('Nothing: they never got into the account.');
  await expect(console_).toContainText('Ordered goods worth £899.00');
  await expectNoAxeViolations(page);
  await shot(page, 'debrief-foiled-desktop');
});

test('phone layout: the call, the flags and the debrief fit a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await start(page, 'scam-call');
  const phoneTab = page.getByRole('tab', { name: /Phone/ });
  await nextUntil(page, phoneTab.locator('.badge'));
  await phoneTab.click();
  const phone = page.locator('#pane-phone');
  await phone.getByRole('button', { name: 'Answer' }).click();
  await nextUntil(page, phone.getByRole('button', { name: 'Read the code out' }));
  await phone.locator('.call summary').click();
  await phone.getByRole('checkbox', { name: 'Urgency or fear' }).check();
  await expectNoAxeViolations(page);
  await shot(page, 'call-phone');
  await phone.getByRole('button', { name: 'Read the code out' }).click();
  await nextUntil(page, page.getByRole('heading', { name: 'Debrief' }));
  await expect(page.getByText('You found 1 of 5 red flags.')).toBeVisible();
  // The table fits: no sideways scrolling of the page.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await shot(page, 'debrief-phone');
});

test('a text asking for a reply: a reply without a code is just a reply; one with the code hands it over', async ({
  page,
}) => {
  await start(page, 'scam-reply');
  const phone = page.locator('#pane-phone');
  const reply = phone.getByRole('textbox', { name: /Reply to \+44 7700 900999/ });
  await nextUntil(page, reply);
  await phone.getByRole('button', { name: 'Send' }).click();
  await expect(phone.getByRole('alert')).toHaveText('Type a reply first.');
  await reply.fill('Who is this?');
  await reply.press('Enter');
  await expect(phone.locator('.bubble-out')).toHaveText(/Who is this\?/);
  // The code comes from Larkspur's short code, in its own thread.
  const codeBubble = phone.locator('.thread', { hasText: '60123' }).locator('.bubble').last();
  await nextUntil(page, codeBubble);
  const code = await codeIn(codeBubble);
  await reply.fill(`ok it is ${code.slice(0, 3)} ${code.slice(3)}`);
  await reply.press('Enter');
  await nextUntil(page, page.getByRole('heading', { name: 'Debrief' }));
  await expect(page.locator('.outcome')).toHaveText(/^Taken over/);
  await expect(page.locator('.attacker-console')).toContainText('accepted');
});

test('a look-alike link opens its page on the phone: real domain, password then code, a way out', async ({
  page,
}) => {
  await start(page, 'scam-link');
  const phone = page.locator('#pane-phone');
  const link = phone.locator('.thread .message-link').first();
  await nextUntil(page, link);
  await link.click();
  const browser = phone.locator('.fake-browser');
  await expect(browser.getByRole('heading', { name: 'Sign in to Larkspur' })).toBeFocused();
  await expect(browser.locator('.url-host')).toHaveText('larkspur-verify.example');
  await expectNoAxeViolations(page);
  await shot(page, 'page-desktop');
  // Close always leads out, back to the link; the link opens the page again.
  await browser.getByRole('button', { name: 'Close the page' }).click();
  await expect(browser).toHaveCount(0);
  await expect(link).toBeFocused();
  await link.press('Enter');
  await expect(browser).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(browser).toHaveCount(0);
  await expect(link).toBeFocused();
  await link.press('Enter');
  await expect(browser).toBeVisible();
  // Empty input is refused with a message and changes nothing.
  await browser.getByRole('button', { name: 'Continue' }).click();
  await expect(browser.getByRole('alert')).toHaveText('This box is empty: nothing was sent.');
  await browser.getByLabel('Password', { exact: true }).fill('lark-meadow-42');
  await browser.getByRole('button', { name: 'Continue' }).click();
  await expect(browser.getByRole('heading', { name: 'Enter the code we sent you' })).toBeVisible();
  await browser.locator('summary').click();
  await browser.getByRole('checkbox', { name: 'Look-alike sender or link' }).check();
  const codeBubble = phone.locator('.thread', { hasText: '60123' }).locator('.bubble').last();
  await nextUntil(page, codeBubble);
  const code = await codeIn(codeBubble);
  await browser.getByLabel('Code', { exact: true }).fill(code);
  await browser.getByRole('button', { name: 'Verify' }).click();
  await nextUntil(page, page.getByRole('heading', { name: 'Debrief' }));
  await expect(page.locator('.outcome')).toHaveText(/^Taken over/);
  await expect(
    page
      .locator('.flag-table')
      .getByRole('row', { name: /The page at/ })
      .first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
