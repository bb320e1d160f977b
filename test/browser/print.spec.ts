/**
 * Print (issue 13): a debrief, the trainers' page and the one-page handout
 * print on A4 and on Letter, black on white, with a name and date line, and
 * without buttons or links back. Chromium prints each to PDF; poppler's
 * pdfinfo counts the pages, pdftotext reads the words, and pdftoppm turns
 * the pages into pictures (kept in the test's output folder, to look at).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { builtInTexts } from '../support/builtins';
import { expect, test } from './fixtures';

const FORMATS = ['A4', 'Letter'] as const;

/** Prints the page in each format; returns, per format, the page count and the words. */
async function printed(page: Page, name: string) {
  const out: Record<string, { pages: number; words: string }> = {};
  for (const format of FORMATS) {
    const pdf = test.info().outputPath(`${name}-${format}.pdf`);
    writeFileSync(pdf, await page.pdf({ format }));
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    const words = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '40',
      pdf,
      test.info().outputPath(`${name}-${format}`),
    ]);
    out[format] = { pages, words };
  }
  return out;
}

const NO_CONTROLS = ['Print this', 'Back to the', 'Play again', 'On this page'];

test('the handout prints on one page, A4 and Letter, with the rules and every recovery step', async ({
  page,
}) => {
  await page.goto('/#/handout');
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Codes: the rules, and what to do if you shared one',
    }),
  ).toBeVisible();
  for (const [format, { pages, words }] of Object.entries(await printed(page, 'handout'))) {
    expect(pages, format).toBe(1);
    expect(words).toContain('Codes: the rules, and what to do if you shared one');
    expect(words).toMatch(/Name: _+/);
    expect(words).toContain('If you shared a code');
    expect(words).toContain('This happens to careful people too.');
    for (const control of NO_CONTROLS)
      expect(words, `${format}: ${control}`).not.toContain(control);
  }
});

test('a debrief prints alone: the scenario and its debrief, not the shop or the phone', async ({
  page,
}) => {
  await page.goto('/#/play/new-device');
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'End and see debrief' }).click();
  await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print this debrief' })).toBeVisible();
  const title = builtInTexts('new-device').title;
  for (const [format, { pages, words }] of Object.entries(await printed(page, 'debrief'))) {
    expect(pages, format).toBeGreaterThanOrEqual(1);
    expect(pages, format).toBeLessThanOrEqual(3);
    expect(words).toContain(title);
    expect(words).toContain('Debrief');
    expect(words).toMatch(/Name: _+/);
    // The run's panes are not on paper: the phone's heading and the shop's controls.
    expect(words).not.toContain('Next event');
    expect(words).not.toMatch(/^\s*Phone\s*$/m);
    for (const control of NO_CONTROLS)
      expect(words, `${format}: ${control}`).not.toContain(control);
  }
});

test('the trainers’ page prints its plans whole, without the page’s controls', async ({ page }) => {
  await page.goto('/#/trainers');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const [format, { pages, words }] of Object.entries(await printed(page, 'trainers'))) {
    expect(pages, format).toBeGreaterThanOrEqual(2);
    for (const minutes of [20, 45, 90]) expect(words).toContain(`About ${minutes} minutes`);
    expect(words).toMatch(/Name: _+/);
    for (const control of NO_CONTROLS)
      expect(words, `${format}: ${control}`).not.toContain(control);
  }
});
