import { readFile } from 'node:fs/promises';
import { expect, expectNoAxeViolations, test } from './fixtures';

test('drive a challenge to lockout, export and re-import its trace, refuse a broken one', async ({
  page,
}) => {
  // Three axe passes, a download and two imports: on a busy machine this takes a while.
  test.slow();
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

test('a scenario run: step a scam to taken-over, watch flow, attacker and call, filter the log by actor', async ({
  page,
}) => {
  // Three axe passes and a scripted scam: give it room on a loaded machine.
  test.slow();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/workbench.html');
  await page.getByRole('radio', { name: 'A scenario run' }).check();
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption('scam-call');
  await page.getByLabel('Seed').fill('7');
  await page.getByRole('button', { name: 'Start scenario run' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Scenario run started' })).toContainText(
    'seed 7',
  );
  await expect(page.getByTestId('flow-state')).toHaveText('decide');
  await expect(page.getByTestId('attacker-state')).toHaveText('idle');
  // Traces stay challenge traces, and the page says so.
  await expect(page.getByTestId('traces-note')).toContainText('work on one challenge');
  await expect(page.getByRole('button', { name: 'Export trace' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Explore paths' })).toHaveCount(0);

  // Step through the scripted path to "taken over", one step at a time.
  await page.getByLabel('Ending').selectOption('taken-over');
  const stepButton = page.getByRole('button', { name: /^Play step/ });
  for (let n = 1; n <= 8; n++) {
    await expect(stepButton).toContainText(`Play step ${n} of 8`);
    await stepButton.click();
  }
  await expect(page.getByText('All 8 steps played.')).toBeVisible();
  await expect(page.getByTestId('demo-caption')).toContainText('saved card');
  await expect(page.getByTestId('run-outcome')).toHaveText('taken-over');
  await expect(page.getByTestId('flow-state')).toHaveText('done');
  await expect(page.getByTestId('attacker-state')).toHaveText('finished');

  // The statechart draws any of the run's machines, live, with its last move marked.
  const chart = page.getByTestId('statechart');
  const machine = page.getByRole('combobox', { name: 'Machine' });
  await expect(chart).toHaveAttribute('data-machine', 'flow');
  await expect(chart.locator('[data-current="true"]')).toHaveAttribute('data-state', 'done');
  await expect(chart.locator('.edge.last')).toHaveAttribute('data-edge', 'decide->done');
  await expect(chart).toHaveAccessibleName(/scenario flow machine\. Current state: done/);
  await machine.selectOption('attacker');
  await expect(chart).toHaveAttribute('data-machine', 'attacker');
  await expect(chart.locator('[data-current="true"]')).toHaveAttribute('data-state', 'finished');
  await expect(chart.locator('.edge.last')).toHaveAttribute('data-edge', 'inside->finished');
  await expect(chart.locator('[data-state]')).toHaveCount(7);
  await machine.selectOption('challenge');
  await expect(chart.locator('[data-current="true"]')).toHaveAttribute('data-state', 'accepted');
  // The call the victim answered is still on: every part of the run with states is drawn.
  await machine.selectOption('call');
  await expect(chart.locator('[data-current="true"]')).toHaveAttribute('data-state', 'answered');
  await expect(chart.locator('.edge.last')).toHaveAttribute('data-edge', 'ringing->answered');
  await expect(page.getByTestId('chart-idle')).toHaveCount(0);
  // A call scam opens no look-alike page: drawn from its definition, and the page says why.
  await machine.selectOption('page');
  await expect(page.getByTestId('chart-idle')).toContainText('This run has no look-alike page yet');
  await expect(chart.locator('[data-current="true"]')).toHaveCount(0);
  await machine.selectOption('attacker');

  // One log for every actor; the actor filter leaves only that actor's rows.
  const table = page.getByTestId('log-table');
  for (const actor of ['learner', 'call', 'attacker', 'challenge', 'flow']) {
    await expect(table.locator(`tbody tr[data-actor="${actor}"]`).first()).toBeVisible();
  }
  await page.getByRole('combobox', { name: 'Actor', exact: true }).selectOption('attacker');
  const rows = table.locator('tbody tr');
  await expect(rows.last()).toContainText('inside → finished');
  await expect(table.locator('tbody tr:not([data-actor="attacker"])')).toHaveCount(0);
  const shown = await rows.count();
  expect(shown).toBeGreaterThanOrEqual(5);
  for (let i = 0; i < shown; i++)
    await expect(rows.nth(i).locator('td').nth(1)).toHaveText('attacker');
  // "Copy as text" copies the filtered rows, the actor a column of its own.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy as text' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Log copied as text' })).toContainText(
    `(${shown} lines)`,
  );
  const copied = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
  expect(copied).toHaveLength(shown);
  for (const line of copied) expect(line.split('\t')[1]).toBe('attacker');
  expect(copied.at(-1)).toContain('inside → finished');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: '/tmp/shots/workbench-scenario-desktop.png', fullPage: true });

  // Driving by hand: the learner's buttons follow the run (a fresh one, same seed).
  await page.getByRole('button', { name: 'Start the demo again' }).click();
  await expect(page.getByTestId('attacker-state')).toHaveText('idle');
  await expect(page.getByText('Nothing to do right now')).toBeVisible();
  await page.getByRole('button', { name: 'To next timer' }).click();
  await machine.selectOption('call');
  await expect(chart.locator('[data-current="true"]')).toHaveAttribute('data-state', 'ringing');
  await page.getByRole('button', { name: 'Answer the call' }).click();
  await expect(page.getByRole('button', { name: 'Hang up' })).toBeVisible();
  await expect(chart.locator('[data-current="true"]')).toHaveAttribute('data-state', 'answered');
  await machine.selectOption('attacker');
  await page.getByRole('button', { name: 'Choose “call-official” (after-call)' }).click();
  await expect(page.getByTestId('run-outcome')).toHaveText('foiled');
  await expect(page.getByTestId('attacker-state')).toHaveText('gave-up');
  await expect(chart.locator('[data-current="true"]')).toHaveAttribute('data-state', 'gave-up');
  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: '/tmp/shots/workbench-scenario-phone.png', fullPage: true });
  await expectNoAxeViolations(page);

  // Back to one challenge: its own tools are all there again.
  await page.getByRole('radio', { name: 'One challenge' }).check();
  await expect(page.getByTestId('current-state')).toHaveText('pending');
  await expect(page.getByRole('button', { name: 'Export trace' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Explore paths' })).toBeVisible();
  await expect(chart).toHaveAttribute('data-machine', 'challenge');
  await expect(chart.locator('[data-current="true"]')).toHaveAttribute('data-state', 'pending');
});
