import { expect, test } from './fixtures';

// No input, of any length or alphabet, breaks the page: each is refused with
// a clear message, counts as no attempt, and the right code still works.
const HOSTILE = [
  '',
  '   ',
  'abcdef',
  '12 34 56',
  '１２３４５６',
  '١٢٣٤٥٦',
  '<img src=x onerror=alert(1)>',
  '😀😀😀😀😀😀',
  'שלום עולם',
  '\u202e654321',
  '9'.repeat(5_000),
];

test('hostile input in the code field is refused without breaking anything', async ({ page }) => {
  await page.goto('/#/play/checkout');
  await page.getByRole('button', { name: 'Pause' }).click();
  const field = page.getByRole('textbox', { name: /^Code from/ });
  const status = page.getByRole('status', { name: 'What just happened' });
  for (const input of HOSTILE) {
    await field.fill(input);
    await field.press('Enter');
    await expect(status).toContainText(/does not look like a code|far longer|digits|Type the code/);
  }
  await expect(page.getByText(/Attempts left: 5/)).toBeVisible();
  // Pasting the code as the message prints it ("123 456") works.
  await page.getByRole('button', { name: /Next event/ }).click();
  const text = (await page.locator('#pane-phone .message-body').last().textContent()) ?? '';
  const code = /\d{3} \d{3}/.exec(text)?.[0] ?? '';
  await field.fill(` ${code} `);
  await field.press('Enter');
  await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
  await expect(page.getByText('Completed: you finished safely.')).toBeVisible();
  // The debrief counts none of the hostile inputs as wrong codes.
  await expect(page.getByText('Wrong codes').locator('xpath=following-sibling::dd')).toHaveText(
    '0',
  );
});
