/**
 * My results (issue 13): the plays a save keeps are listed, exported as CSV
 * and summed up on a certificate that prints alone on one page; a play that
 * cannot be read costs only itself, is named, and the rest survives reloads.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtInTexts } from '../support/builtins';
import { expect, expectNoAxeViolations, seedStorageOnce, test } from './fixtures';

const KEY = 'otp-sandbox/v1';
const AT = Date.UTC(2026, 10, 20, 14, 5);
const PLAYS = [
  { scenario: 'new-device', outcome: 'completed', score: 93, flags: null, at: AT },
  {
    scenario: 'scam-call',
    outcome: 'foiled',
    score: 87.4,
    flags: { found: 2, there: 3 },
    at: AT + 3_600_000,
  },
  {
    scenario: 'scam-link',
    outcome: 'taken-over',
    score: 20,
    flags: { found: 0, there: 2 },
    at: AT + 7_200_000,
  },
];
const SAVE = JSON.stringify({
  version: 2,
  settings: { policy: 'retail', region: 'uk' },
  progress: {
    'new-device': { plays: 1, best: 93, last: 'completed' },
    'scam-call': { plays: 1, best: 87.4, last: 'foiled' },
    'scam-link': { plays: 1, best: 20, last: 'taken-over' },
  },
  history: [PLAYS[0], { ...PLAYS[1], score: 'high' }, PLAYS[1], PLAYS[2]],
});

test.beforeEach(async ({ page }) => {
  await seedStorageOnce(page, KEY, SAVE);
});

test('my results: the readable plays, newest first, the unreadable one named; and after a reload', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText(
    'Some of your saved progress could not be read, so it was left out: result number 2 in your list.',
  );
  await page.getByRole('link', { name: 'My results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My results' })).toBeFocused();
  const rows = page.locator('table tbody tr');
  const expected = [
    [builtInTexts('scam-link').title, 'account taken over', '20', '0 of 2'],
    [builtInTexts('scam-call').title, 'scam foiled', '87', '2 of 3'],
    [builtInTexts('new-device').title, 'completed', '93', 'none to find'],
  ];
  const check = async () => {
    await expect(rows).toHaveCount(3);
    for (const [i, [title, outcome, score, flags]] of expected.entries()) {
      await expect(rows.nth(i).locator('td')).toHaveText([/./, title!, outcome!, score!, flags!]);
    }
    await expect(rows.nth(2).locator('time')).toHaveAttribute(
      'datetime',
      new Date(AT).toISOString(),
    );
  };
  await check();
  await expectNoAxeViolations(page);
  // The readable rest was written back: a reload lists the same, with no notice.
  await page.reload();
  await check();
  await page.goto('/');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('my results: the CSV holds every play, newest first, as a spreadsheet reads it', async ({
  page,
}) => {
  await page.goto('/#/results');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as a spreadsheet (CSV)' }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/^otp-sandbox-results-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync((await file.path())!, 'utf8');
  const title = (id: string) => builtInTexts(id).title;
  const quoted = (s: string) => (/[",]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  expect(text).toBe(
    [
      'Date,Scenario,Outcome,Score,Red flags found,Red flags there',
      `2026-11-20T16:05:00Z,${quoted(title('scam-link'))},account taken over,20,0,2`,
      `2026-11-20T15:05:00Z,${quoted(title('scam-call'))},scam foiled,87,2,3`,
      `2026-11-20T14:05:00Z,${quoted(title('new-device'))},completed,93,,`,
      '',
    ].join('\r\n'),
  );
});

test('my results: the certificate names the learner and prints alone on one page', async ({
  page,
}) => {
  await page.goto('/#/results');
  const print = page.getByRole('button', { name: 'Print the certificate' });
  await expect(print).toBeDisabled();
  await expect(page.getByText('Type your name first.')).toBeVisible();
  await page.getByLabel('Your name').fill('Ada Example');
  await expect(print).toBeEnabled();
  const certificate = page.getByRole('article', { name: 'Certificate of completion' });
  await expect(certificate).toContainText('Ada Example');
  await expect(certificate).toContainText('worked through 3 of the OTP Sandbox’s scenarios');
  for (const id of ['new-device', 'scam-call', 'scam-link'])
    await expect(certificate.getByRole('listitem')).toContainText([builtInTexts(id).title]);

  const dir = mkdtempSync(join(tmpdir(), 'certificate-'));
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = join(dir, `${format}.pdf`);
    writeFileSync(pdf, await page.pdf({ format, printBackground: false }));
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info, format).toMatch(/^Pages:\s+1$/m);
    const words = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(words).toContain('Ada Example');
    expect(words).toContain('Certificate of completion');
    // Only the certificate prints: not the table, the buttons or the links.
    expect(words).not.toContain('Download as a spreadsheet');
    expect(words).not.toContain('Back to the scenarios');
    execFileSync('pdftoppm', ['-png', '-r', '50', '-singlefile', pdf, join(dir, format)]);
  }
  test.info().annotations.push({ type: 'certificate pictures', description: dir });
});
