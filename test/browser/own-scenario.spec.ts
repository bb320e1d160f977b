import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { scenarioToDocument } from '../../src/core/scenario/document';
import type { ScenarioDocument } from '../../src/core/schema/scenario';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * "Your scenarios" (issue 12): a trainer's own scenario, added by paste and
 * by file, played to its debrief, kept across a reload, sent by link and
 * played in a fresh browser; a damaged record, hostile texts and a broken
 * document each said plainly. OWN_SHOTS=<dir> saves screenshots of the
 * section at 1280x800 and 390x844.
 */

const CODE = /\d{3} \d{3}/;
const SHOTS = process.env.OWN_SHOTS;

/** Scenario 1 as a document of the trainer's own: a new id and title, and its first text not lost. */
async function ownDocument(id: string, title: string): Promise<ScenarioDocument> {
  const doc = await scenarioToDocument('new-device');
  doc.scenario.id = id;
  delete doc.scenario.deliveries;
  doc.texts.en.title = title;
  return doc;
}

async function openOwn(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Open your scenarios' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your scenarios' })).toBeVisible();
}

async function paste(page: Page, text: string): Promise<void> {
  await page.getByLabel('Or paste the text of a scenario').fill(text);
  await page.getByRole('button', { name: 'Check and add' }).click();
}

const card = (page: Page, title: string) =>
  page.locator('.own-card').filter({ has: page.getByRole('heading', { name: title }) });

/** From the scenario's page to its debrief: sign in, wait for the text, type its code. */
async function playToDebrief(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Pause' }).click();
  const password = (await page.locator('.password').textContent()) ?? '';
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const messages = page.locator('#pane-phone .message-body');
  for (let i = 0; i < 8 && (await messages.count()) === 0; i++) {
    await page.getByRole('button', { name: /Next event/ }).click();
  }
  const code = CODE.exec((await messages.last().textContent()) ?? '')?.[0].replace(' ', '');
  expect(code).toBeTruthy();
  await page.getByLabel('Code from your phone').fill(code!);
  await page.getByLabel('Code from your phone').press('Enter');
  await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
  await expect(page.locator('.outcome')).toContainText('Completed');
}

test('a trainer adds their own scenario, plays it, keeps it and shares it by link', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const pasted = await ownDocument('grandads-laptop', 'Sign in on Grandad’s laptop');
  const filed = await ownDocument('library-computer', 'Sign in at the library');

  await openOwn(page);
  await expect(page.getByText('You have not added any scenarios yet.')).toBeVisible();
  await paste(page, JSON.stringify(pasted, null, 2));
  await expect(page.getByRole('status').filter({ hasText: 'was added' })).toHaveText(
    '“Sign in on Grandad’s laptop” was added to your scenarios.',
  );
  await expect(card(page, 'Sign in on Grandad’s laptop')).toContainText(
    'It was not written by the makers of this sandbox.',
  );

  const chooser = page.waitForEvent('filechooser');
  await page.getByLabel('Choose a scenario file').click();
  await (
    await chooser
  ).setFiles({
    name: 'library.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(filed)),
  });
  await expect(card(page, 'Sign in at the library')).toBeVisible();
  await expectNoAxeViolations(page);

  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `${SHOTS}/own-${width}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  }

  // It plays like a built-in, and says whose it is.
  await page.getByRole('link', { name: 'Play: Sign in on Grandad’s laptop' }).click();
  await expect(page).toHaveURL(/#\/mine\/play\/grandads-laptop$/);
  await expect(page.getByRole('note')).toHaveText(
    'Your own scenario. It was not written by the makers of this sandbox.',
  );
  await expect(
    page.getByRole('heading', { level: 1, name: 'Sign in on Grandad’s laptop' }),
  ).toBeVisible();
  await playToDebrief(page);

  // Still there after a reload.
  await page.goto('/#/mine/');
  await page.reload();
  await expect(card(page, 'Sign in on Grandad’s laptop')).toBeVisible();
  await expect(card(page, 'Sign in at the library')).toBeVisible();

  // Its share link, opened in a browser that has never seen it.
  await page.getByRole('button', { name: 'Copy a link to “Sign in on Grandad’s laptop”' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const address = await page.evaluate(() => navigator.clipboard.readText());
  expect(address).toMatch(/\/#\/shared\/[A-Za-z0-9_-]+$/);

  const fresh = await browser.newContext({ baseURL });
  const problems: string[] = [];
  fresh.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  fresh.on('weberror', (e) => problems.push(e.error().message));
  fresh.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin)
      problems.push(`request outside: ${r.url()}`);
  });
  const other = await fresh.newPage();
  await other.goto(address);
  await expect(other.getByRole('heading', { level: 1, name: 'A shared scenario' })).toBeVisible();
  await expect(other.getByRole('note')).toContainText(
    'It was not written by the makers of this sandbox.',
  );
  await expect(other.getByRole('heading', { name: 'Sign in on Grandad’s laptop' })).toBeVisible();
  await expectNoAxeViolations(other);
  await other.getByRole('button', { name: 'Keep it in Your scenarios' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'It is kept' })).toBeVisible();
  await other.getByRole('button', { name: 'Play it' }).click();
  await playToDebrief(other);
  await other.goto('/#/mine/');
  await expect(card(other, 'Sign in on Grandad’s laptop')).toBeVisible();
  await expect(card(other, 'Sign in at the library')).toHaveCount(0);
  await fresh.close();
  expect(problems).toEqual([]);

  // Deleting asks first.
  await page.getByRole('button', { name: 'Delete “Sign in at the library”' }).click();
  await page.getByRole('button', { name: 'Keep it', exact: true }).click();
  await expect(card(page, 'Sign in at the library')).toBeVisible();
  await page.getByRole('button', { name: 'Delete “Sign in at the library”' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(card(page, 'Sign in at the library')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'was deleted' })).toBeVisible();
});

test('a broken document is listed by where and why, and nothing is kept', async ({ page }) => {
  await openOwn(page);
  const doc = await ownDocument('broken-one', 'Broken');
  const broken = JSON.parse(JSON.stringify(doc)) as Record<string, Record<string, unknown>>;
  broken.scenario!.minutes = 'four';
  broken.scenario!.surprise = true;
  await paste(page, JSON.stringify(broken));
  const problems = page.locator('.own-problems');
  await expect(problems).toContainText('so it was not added');
  await expect(problems.locator('li').filter({ hasText: 'scenario.minutes' })).toBeVisible();
  await expect(problems.locator('li').filter({ hasText: 'scenario.surprise' })).toBeVisible();
  await expect(page.locator('.own-card')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await paste(page, '{ not json');
  await expect(problems).toContainText('This is not JSON');
  await expect(page.locator('.own-card')).toHaveCount(0);
});

test('markup in a document shows as text, never as markup', async ({ page }) => {
  const hostile = '<img src=x onerror="alert(1)"><b>Bold</b> https://evil.example/login';
  const doc = await ownDocument('hostile', hostile);
  doc.texts.en.summary = `<script>alert(1)</script> ${hostile}`;
  doc.texts.en.objectives = ['<a href="https://evil.example">Click me</a>'];
  await openOwn(page);
  await paste(page, JSON.stringify(doc));
  const own = card(page, hostile);
  await expect(own.getByRole('heading', { level: 3 })).toHaveText(hostile);
  await expect(own).toContainText(`<script>alert(1)</script>`);
  await expect(own.locator('img, b, script, a[href*="evil"]')).toHaveCount(0);
  await own.getByRole('link', { name: `Play: ${hostile}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostile);
  await expect(page.locator('main img, main b')).toHaveCount(0);
});

test.describe('a damaged record', () => {
  test('is named in a notice, and the other scenarios are kept', async ({ page }) => {
    await openOwn(page);
    await paste(page, JSON.stringify(await ownDocument('good-one', 'The good one')));
    await expect(card(page, 'The good one')).toBeVisible();
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('otp-sandbox-own', 1);
          request.onsuccess = () => {
            const tx = request.result.transaction('scenarios', 'readwrite');
            tx.objectStore('scenarios').put(
              { version: 1, id: 'damaged', title: 'My damaged one', text: 7 },
              'damaged',
            );
            tx.oncomplete = () => {
              request.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    await expect(page.getByRole('alert')).toHaveText(
      'Some of your scenarios could not be read, so they are not shown: “My damaged one”. All the others are here.',
    );
    await expect(card(page, 'The good one')).toBeVisible();
    await expect(page.locator('.own-card')).toHaveCount(1);
    await expectNoAxeViolations(page);
  });
});

test('a shared link that was cut short says so, and plays nothing', async ({ page }) => {
  await page.goto('/#/shared/q1ZKzs8rSVWyUkpRqlUC');
  await expect(page.getByRole('alert')).toContainText('This link cannot be opened');
  await expect(page.getByRole('button', { name: 'Play it' })).toHaveCount(0);
});
