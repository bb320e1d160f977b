import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

// Issue 11: a learner can mark a red flag by selecting the words that carry it, and the debrief
// quotes those words. The quote is scam-reply's `cues['alert-text']['asks-for-code']`.
const QUOTE = 'reply to this message with the 6-digit code';

async function nextUntil(page: Page, target: Locator, max = 12): Promise<void> {
  for (let i = 0; i < max && !(await target.isVisible()); i++) {
    await page.getByRole('button', { name: /Next event/ }).click();
  }
  await expect(target).toBeVisible();
}

/** Selects `words` inside `within`, as a mouse drag would (the first text node holding them). */
async function select(within: Locator, words: string): Promise<void> {
  await within.evaluate((el, w) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(w) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + w.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${w}" is not in the item`);
  }, words);
}

test('selecting the words that ask for the code marks that red flag, and the debrief quotes them', async ({
  page,
}) => {
  // It plays a whole scam through, press by press.
  test.slow();
  await page.goto('/#/play/scam-reply');
  await page.getByRole('button', { name: 'Pause' }).click();
  const phone = page.locator('#pane-phone');
  const bubble = phone.locator('.bubble', { hasText: QUOTE });
  await nextUntil(page, bubble);
  const button = bubble.getByRole('button', { name: 'Mark the words I selected' });

  // Nothing selected yet: it says what to do.
  await button.click();
  await expect(bubble.getByRole('status')).toHaveText('Select some words in this message first.');

  // Words with no flag in them.
  await select(bubble, 'LARKSPUR');
  await button.click();
  await expect(bubble.getByRole('status')).toContainText('do not carry a red flag on their own');

  await select(bubble, QUOTE);
  await button.click();
  await expect(bubble.getByRole('status')).toHaveText('Yes: Asks for a code or password.');
  await expect(bubble.locator('.flag-chip')).toHaveText(/Asks for a code or password/);
  // Checked from the top, as the other specs do: scrolled to the bubble, the sticky time controls
  // lie over the inbox's folder buttons, which axe's target-size rule counts against them.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expectNoAxeViolations(page);

  // Play on to the end without handing anything over; the debrief quotes the words.
  await nextUntil(page, page.getByRole('heading', { name: 'Debrief' }), 30);
  const row = page.locator('.flag-table tr', { hasText: 'Asks for a code or password' }).first();
  await expect(row).toContainText(`The words: “${QUOTE}”`);
  await expect(row).toContainText('Found');
});
