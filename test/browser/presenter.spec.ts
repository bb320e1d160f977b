import type { Page } from '@playwright/test';
import { DemoSession } from '../../src/core/scam/session';
import type { DemoLink } from '../../src/core/share';
import { builtInScenario, builtInTexts } from '../support/builtins';
import { viteCore } from '../support/vite-core';
import { expect, expectNoAxeViolations, test } from './fixtures';

// The share links are parsed as the page parses them (core through Vite: it finds the built-ins).
const { parseShare } = await viteCore<typeof import('../../src/core/share')>('src/core/share.ts');

const scamCallNotes = builtInTexts('scam-call').notes;
if (!scamCallNotes) throw new Error('scam-call has no speaker notes');
const notes = scamCallNotes;

const caption = (page: Page) => page.locator('.notes .caption');
const position = (page: Page) => page.locator('.demo-step');
const live = (page: Page) => page.locator('.presenter [role="status"][aria-live="polite"]');

test('presenter mode: a whole scam driven by the keyboard alone', async ({ page }) => {
  // Every beat, forwards and back, with the help and full screen: the longest presenter walk.
  test.slow();
  const scenario = builtInScenario('scam-call');
  const steps = scenario.demo!['taken-over'];
  const total = steps.length;

  // From the picker, by keyboard: Tab to the "Present" link and follow it.
  await page.goto('/');
  const present = page.getByRole('link', { name: /^Present: Scam: the “customer service” call/ });
  await expect(present).toBeVisible();
  for (let i = 0; i < 200 && !(await present.evaluate((a) => a === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Presenting');
  await expect(position(page)).toHaveText('Not started');
  await expect(caption(page)).toContainText('Press Next');
  // What the attacker sees stays hidden until the presenter reveals it.
  await expect(page.locator('.attacker-console')).toHaveCount(0);

  // Every beat, alternating the arrow key and a clicker's PageDown.
  for (let beat = 1; beat <= total; beat++) {
    await page.keyboard.press(beat % 2 ? 'ArrowRight' : 'PageDown');
    await expect(position(page)).toHaveText(`Step ${beat} of ${total}`);
    const note = notes[steps[beat - 1]!.id]!;
    await expect(caption(page)).toHaveText(note);
    await expect(live(page)).toHaveText(`Step ${beat} of ${total}. ${note}`);
    await expect(page).toHaveURL(new RegExp(`beat=${beat}$`));
  }
  await expect(page.locator('.caption-end')).toBeVisible();
  // Past the end nothing moves.
  await page.keyboard.press('ArrowRight');
  await expect(position(page)).toHaveText(`Step ${total} of ${total}`);

  // Reveal the attacker's console: the room sees they got in.
  await page.keyboard.press('a');
  await expect(page.locator('.attacker-console .console-state')).toHaveAttribute(
    'data-state',
    'finished',
  );

  // Back twice (arrow and clicker): the run is replayed to the earlier beat.
  await page.keyboard.press('ArrowLeft');
  await expect(position(page)).toHaveText(`Step ${total - 1} of ${total}`);
  await page.keyboard.press('PageUp');
  await expect(position(page)).toHaveText(`Step ${total - 2} of ${total}`);
  await expect(caption(page)).toHaveText(notes[steps[total - 3]!.id]!);
  const readOut = steps.findIndex((s) => s.id === 'read-out');
  expect(total - 2).toBe(readOut + 1);
  // At "read-out" the attacker holds the code but is not in yet.
  await expect(page.locator('.attacker-console .console-state')).toHaveAttribute(
    'data-state',
    'relaying',
  );

  // R resets to the start.
  await page.keyboard.press('r');
  await expect(position(page)).toHaveText('Not started');
  await expect(live(page)).toHaveText('Back at the start: nothing has happened yet.');
  await expect(page.locator('.attacker-console .console-state')).toHaveAttribute(
    'data-state',
    'idle',
  );

  // Space plays on the simulated clock (the first step is due at once), Space pauses. Playing
  // runs ten times real time, so what it shows at a given check depends on how busy the machine
  // is: a busy one went past step 1, or played to the end, before a check saw it. So the test
  // checks only what holds at any speed: the demo moves with no key pressed, and once paused
  // nothing moves.
  await page.keyboard.press('Space');
  await expect(position(page)).not.toHaveText('Not started');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  const clock = page.locator('.demo-clock time');
  const paused = { step: await position(page).textContent(), at: await clock.textContent() };
  // Twenty frames: playing, the clock would move on by three simulated seconds or more.
  await page.evaluate(async () => {
    for (let i = 0; i < 20; i++) await new Promise((done) => requestAnimationFrame(done));
  });
  expect({ step: await position(page).textContent(), at: await clock.textContent() }).toEqual(
    paused,
  );
  await page.keyboard.press('r');
  await expect(position(page)).toHaveText('Not started');

  // ? opens the help, where the keys do nothing; Escape closes it, and keys work again.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Presenter keys' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Page Down');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(position(page)).toHaveText('Not started');
  await page.keyboard.press('ArrowRight');
  await expect(position(page)).toHaveText(`Step 1 of ${total}`);

  // F toggles full screen.
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
});

test('presenter mode: the foiled ending, chosen from the bar, ends with the attacker shut out', async ({
  page,
}) => {
  const scenario = builtInScenario('scam-call');
  const total = scenario.demo!.foiled.length;
  await page.goto('/#/present/scam-call');
  await page.getByLabel('Ending').selectOption('foiled');
  await expect(page).toHaveURL(/ending=foiled&beat=0$/);
  for (let i = 0; i < total; i++) await page.keyboard.press('PageDown');
  await expect(position(page)).toHaveText(`Step ${total} of ${total}`);
  await page.getByLabel(/Show the room the attacker’s console/).check();
  await expect(page.locator('.attacker-console .console-state')).toHaveAttribute(
    'data-state',
    'gave-up',
  );
});

test('presenter mode and the split view have no axe violations', async ({ page }) => {
  await page.goto('/#/present/scam-call?beat=6');
  await expect(position(page)).toHaveText(/Step 6 of/);
  await expectNoAxeViolations(page);
  await page.keyboard.press('a');
  await page.getByLabel('Show the shop’s audit log').check();
  await expect(page.locator('.attacker-console')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');

  await page.goto('/#/both/scam-call?ending=foiled&beat=8');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Both sides');
  await expect(page.locator('.audit-row').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the split view shows the cause of each entry, and steps with the bar', async ({ page }) => {
  await page.goto('/#/both/scam-call?ending=taken-over');
  await expect(page.locator('.audit-empty')).toBeVisible();
  const next = page.getByRole('button', { name: 'Next →' });
  for (let i = 0; i < 5; i++) await next.click();
  await expect(page.locator('.demo-step')).toHaveText(/Step 5 of/);
  const phoneRow = page.locator('.audit-row[data-source="phone"]');
  await expect(phoneRow).toContainText(
    /This code was sent because the attacker signed in with your password at \d\d:\d\d:\d\d/,
  );
  await expect(page.locator('.audit-row[data-source="shop"]').first()).toContainText(
    /because the attacker signed in with the leaked password at \d\d:\d\d:\d\d/,
  );
  // All three sides are on screen at once.
  await expect(page.locator('.attacker-console')).toBeVisible();
  await expect(page.locator('.side-phone .lock-screen')).toBeVisible();
  await expect(page.locator('.audit')).toBeVisible();
  await page.getByRole('button', { name: '← Back' }).click();
  await expect(page.locator('.demo-step')).toHaveText(/Step 4 of/);
  await expect(phoneRow).toHaveCount(0);
});

test('only scam scenarios offer a demo on the picker', async ({ page }) => {
  await page.goto('/');
  await expect(
    page.getByRole('link', { name: /^Both sides: Scam: the “customer service” call/ }),
  ).toHaveAttribute('href', /^#\/both\/scam-call\?policy=retail$/);
  await expect(page.getByRole('link', { name: /^Present: Sign in on a new laptop/ })).toHaveCount(
    0,
  );
});

/** The names Chromium's accessibility tree gives its nodes: what a screen reader can reach. */
async function exposedTexts(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.flatMap((n) => (!n.ignored && n.name?.value ? [String(n.name.value)] : []));
}

/** The same demo run the page shows for `hash`, played headless. */
async function demoRun(hash: string) {
  const id = /^#\/\w+\/([\w-]+)/.exec(hash)![1]!;
  const scenario = builtInScenario(id);
  const parsed = parseShare(hash, scenario);
  if (!parsed.ok) throw new Error(`bad link ${hash}`);
  const link = parsed.link as DemoLink;
  return new DemoSession(scenario, link, link.beat).run;
}

const phoneNote = 'The target’s phone follows the demo: it cannot be used here.';
/** Anything on the phone that could be pressed, typed into or followed. */
const CONTROLS =
  'button:enabled, input:enabled, select:enabled, textarea:enabled, a[href], summary';

for (const mode of ['present', 'both'] as const) {
  test(`${mode}: the target's phone is read, not used: its texts reach assistive tech, nothing on it can be pressed`, async ({
    page,
  }) => {
    // scam-call at "code-arrives": the call is answered and the code has just landed.
    const hash = `#/${mode}/scam-call?beat=5`;
    const run = await demoRun(hash);
    const body = run.state.arrivals.find((a) => a.delivery)!.delivery!.body;
    await page.goto(`/${hash}`);
    const phone = page.getByRole('region', { name: 'The target’s phone' });
    await expect(phone).toBeVisible();
    await expect(phone).toContainText(phoneNote);
    await expect(phone.getByRole('listitem').filter({ hasText: body }).first()).toBeVisible();
    await expect(phone.getByRole('heading', { name: 'Call in progress' })).toBeVisible();
    await expect(phone.locator('.transcript li').first()).toBeVisible();
    // Not just drawn: the code text and the call are in the accessibility tree.
    const exposed = await exposedTexts(page);
    expect(exposed).toContain(body);
    expect(exposed).toContain('Call in progress');
    expect(exposed).toContain(phoneNote);
    await expect(phone.locator(CONTROLS)).toHaveCount(0);
    await expect(phone.locator('[inert], [aria-hidden="true"] .message-body')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
}

test('split view: a demo on the look-alike page and a texted-back code stay readable, with nothing to press', async ({
  page,
}) => {
  // scam-link at "type-code": the page is open on the phone at its code step.
  const linkHash = '#/both/scam-link?beat=7';
  const linkRun = await demoRun(linkHash);
  expect(linkRun.state.page).not.toBeNull();
  await page.goto(`/${linkHash}`);
  const phone = page.getByRole('region', { name: 'The target’s phone' });
  await expect(phone.getByTestId('page-url')).toHaveText(linkRun.scenario.page!.url);
  // The scam link shows where it goes, as plain text: there is no link to follow.
  await expect(phone).toContainText(`Goes to ${linkRun.scenario.page!.url}`);
  await expect(phone.getByRole('link')).toHaveCount(0);
  await expect(phone.getByRole('button', { name: 'Close the page' })).toHaveCount(0);
  await expect(phone.locator(CONTROLS)).toHaveCount(0);
  await expectNoAxeViolations(page);

  // scam-reply after "reply": the code went back by text, and the thread says so.
  await page.goto('/#/both/scam-reply?beat=6');
  await expect(phone.locator('.bubble-out')).toContainText('You: (texts the code back)');
  await expect(phone.getByRole('textbox')).toHaveCount(0);
  await expect(phone.locator(CONTROLS)).toHaveCount(0);
  await expectNoAxeViolations(page);
});
