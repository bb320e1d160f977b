import { readFile } from 'node:fs/promises';
import { expect, expectNoAxeViolations, test } from './fixtures';

test('drive a challenge to lockout, export and re-import its trace, refuse a broken one', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/workbench.html');
  await expect(page.getByRole('heading', { level: 1, name: 'Developer workbench' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to the sandbox' })).toHaveAttribute(
    'href',
    './',
  );

  // A retail challenge by text message, seed 1 (the defaults), started afresh.
  await page.getByLabel('Policy preset').selectOption('retail');
  await page.getByLabel('Seed').fill('1');
  await page.getByRole('button', { name: 'New challenge' }).click();
  await expect(page.getByTestId('current-state')).toHaveText('pending');

  const log = page.getByTestId('log-table');
  const rows = log.locator('tbody tr');
  const before = await rows.count();

  // Bad JSON and an internal event are refused, and nothing is sent.
  const submit = page.getByLabel('SUBMIT payload (JSON)');
  await submit.fill('{"type":"SUBMIT",');
  await page.getByRole('button', { name: 'Send SUBMIT' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'This is not JSON' })).toBeVisible();
  await submit.fill('{"type":"otp.deliver","n":0}');
  await page.getByRole('button', { name: 'Send SUBMIT' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Unknown event type' })).toBeVisible();
  await expect(rows).toHaveCount(before);

  // Five wrong codes, through the event console alone, lock the challenge.
  await submit.fill('{"type":"SUBMIT","code":"000000"}');
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Send SUBMIT' }).click();
  await expect(page.getByTestId('current-state')).toHaveText('locked');
  await expect(rows).toHaveCount(before + 5);
  await expect(rows.last()).toContainText('pending → locked');
  await expect(rows.last()).toContainText('limit-reached');

  // The statechart highlights the current state, not by colour alone, and marks the last move.
  const chart = page.getByTestId('statechart');
  await expect(chart.locator('[data-current="true"]')).toHaveAttribute('data-state', 'locked');
  await expect(chart.locator('[data-state="locked"]')).toContainText('current');
  await expect(chart.locator('.edge.last')).toHaveAttribute('data-edge', 'pending->locked');
  await expect(chart).toHaveAccessibleName(/Current state: locked/);

  await page.screenshot({ path: 'test-results/screens/workbench-desktop.png', fullPage: true });
  await expectNoAxeViolations(page);

  const logText = await log.innerText();

  // Export the trace.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export trace' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^otp-trace-retail-sms-seed1\.json$/);
  const file = await download.path();
  const trace = JSON.parse(await readFile(file, 'utf8')) as { final: { state: string } };
  expect(trace.final.state).toBe('locked');

  // Move on, then re-import: the replayed run is the exported one, byte for byte.
  // The text arrives (next timer), then the 15-minute lockout ends and voids the code.
  await page.getByRole('button', { name: 'To next timer' }).click();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: '+5 min' }).click();
  await expect(page.getByTestId('current-state')).toHaveText('voided');
  await page.getByLabel('Import trace').setInputFiles(file);
  await expect(page.getByTestId('trace-status')).toContainText('same log, byte for byte');
  await expect(page.getByTestId('current-state')).toHaveText('locked');
  expect(await log.innerText()).toBe(logText);

  // A broken file is refused with its reason; the current run stays.
  await page.getByLabel('Import trace').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"otp-sandbox-trace","version":9}'),
  });
  await expect(page.getByTestId('trace-error')).toContainText('Trace version 9 is unknown');
  await expect(page.getByTestId('trace-error')).toContainText('The current run is unchanged.');
  expect(await log.innerText()).toBe(logText);
  await expect(page.getByTestId('current-state')).toHaveText('locked');

  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/screens/workbench-mobile.png', fullPage: true });
  await page
    .getByRole('region', { name: 'Statechart' })
    .screenshot({ path: 'test-results/screens/workbench-mobile-chart.png' });
  await expectNoAxeViolations(page);
});

test('the path explorer walks every state and replays a chosen path', async ({ page }) => {
  await page.goto('/workbench.html');
  await page.getByRole('button', { name: 'Explore paths' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /\d+ paths for retail, sms/ }),
  ).toBeVisible();
  await page.getByLabel('Filter by end state').selectOption('locked');
  const first = page.locator('.path-list li').first();
  await expect(first).toContainText('ends locked');
  await first.getByRole('button', { name: /^Replay/ }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'every step reached the walked state' }),
  ).toBeVisible();
  await expect(page.getByTestId('path-log-table').locator('tbody tr').last()).toContainText(
    '→ locked',
  );
  await page
    .getByRole('region', { name: 'Path explorer' })
    .screenshot({ path: 'test-results/screens/workbench-paths.png' });
  await first.getByRole('button', { name: /^Load as current run/ }).click();
  await expect(page.getByTestId('current-state')).toHaveText('locked');
  await expectNoAxeViolations(page);
});
