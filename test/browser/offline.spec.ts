import type { Page, Response } from '@playwright/test';
import { SCENARIO_IDS } from '../support/builtins';
import { expect, test } from './fixtures';

const CODE = /\d{3} \d{3}/;
/** Where to save screenshots for a person to look at (unset: none). */
const SHOTS = process.env.SHOTS_DIR;

/** Waits until a service worker controls the page (the app claims the first visit's page). */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}

test('after one visit the sandbox loads and plays a scenario to its debrief with the network off', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'OTP Sandbox' })).toBeVisible();
  await waitForServiceWorker(page);

  await context.setOffline(true);
  // From here on every response must come from the service worker, none from the network.
  const responses: Response[] = [];
  context.on('response', (response) => responses.push(response));
  const fromNetwork = () =>
    responses.filter((r) => !r.fromServiceWorker()).map((r) => `${r.status()} ${r.url()}`);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'OTP Sandbox' })).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/ship-offline-reloaded.png`, fullPage: true });

  // Scenario 1, from its card, played as a learner would: the first text is lost, so wait
  // out the cooldown, ask for a new code, read it on the phone and type it.
  await page.getByRole('link', { name: 'Play: Sign in on a new laptop' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Sign in on a new laptop' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Pause' }).click();
  const password = (await page.locator('.password').textContent()) ?? '';
  expect(password).toBe('lark-meadow-42');
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const status = page.getByRole('status', { name: 'What just happened' });
  const next = page.getByRole('button', { name: /Next event/ });
  for (let i = 0; i < 8 && !(await status.textContent())!.includes('can be sent is over'); i++) {
    await next.click();
  }
  await page.getByRole('button', { name: 'Send a new code' }).click();
  await expect(status).toContainText('A new code is on its way.');
  const messages = page.locator('#pane-phone .message-body');
  for (let i = 0; i < 8 && (await messages.count()) === 0; i++) await next.click();
  const match = CODE.exec((await messages.last().textContent()) ?? '');
  expect(match, 'a code on the phone').not.toBeNull();
  const field = page.getByLabel('Code from your phone');
  await field.fill(match![0]);
  await field.press('Enter');
  await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
  await expect(page.locator('.outcome')).toContainText('Completed');

  // Every other scenario's lazily loaded code is there too.
  for (const id of SCENARIO_IDS.filter((id) => id !== 'new-device')) {
    await page.goto(`/#/play/${id}`);
    await expect(page.locator('#scenario-title')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  }
  // And so is the developer workbench, its own page.
  await page.goto('/workbench.html');
  await expect(page.getByRole('heading', { level: 1, name: 'Developer workbench' })).toBeVisible();
  await expect(page.getByTestId('current-state')).toHaveText('pending');

  expect(responses.length).toBeGreaterThan(0);
  expect(fromNetwork(), 'responses that did not come from the service worker').toEqual([]);
});

test('the app installs: a web app manifest with its name and icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = (await (await request.get(href!)).json()) as {
    name: string;
    display: string;
    start_url: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest.name).toBe('OTP Sandbox');
  expect(manifest.display).toBe('standalone');
  const sizes = manifest.icons.map((i) => `${i.sizes} ${i.type} ${i.purpose ?? 'any'}`);
  expect(sizes).toEqual(
    expect.arrayContaining([
      '192x192 image/png any',
      '512x512 image/png any',
      '512x512 image/png maskable',
    ]),
  );
  for (const icon of manifest.icons) {
    const response = await request.get(new URL(icon.src, new URL(href!, page.url())).href);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type']).toContain(icon.type);
  }
  // The worker is registered by a script file, never inline (see csp.spec.ts).
  await expect(page.locator('script[src$="registerSW.js"]')).toHaveCount(1);
  await waitForServiceWorker(page);

  // And Chromium itself finds the manifest valid and the page installable.
  const cdp = await page.context().newCDPSession(page);
  const { errors } = await cdp.send('Page.getAppManifest');
  expect(errors, 'manifest errors').toEqual([]);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's browser contexts are incognito profiles, where Chromium never offers to install;
  // every other reason (a missing icon, start_url or worker, a bad display mode) must be absent.
  const reasons = installabilityErrors.map((e) => e.errorId);
  expect(reasons).toContain('in-incognito');
  expect(reasons.filter((id) => id !== 'in-incognito')).toEqual([]);
});
