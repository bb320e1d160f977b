// The memory soak of `npm run bench`: a trainer's long session, played through the real UI.
//
// Headless Chromium (Debian's, through Playwright's library API) opens scenario 1 on the built
// site, measures the page's JS heap after forced garbage collections, then plays two simulated
// hours at 60× with the time controls, as a person would leave it running, while a driver keeps
// the log growing: wrong codes, new codes by text and by email, "Start again", and "Play again"
// whenever a run ends. Then it pauses, collects garbage and measures again.
//
// The app is the built one, unchanged; only the browser's own clock is driven. Playwright's
// page.clock takes over the page's timers and animation frames, so the player's frame loop,
// which turns frame time into simulated time at the chosen speed, runs each driver turn's
// half-second of frames as fast as the page can draw them instead of in real time
// (`fastClock: false` plays in real time: 2 minutes for 2 simulated hours).
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from './chromium.mjs';

const MB = 1024 * 1024;
/** Browser-clock time between two driver actions: at 60×, 30 simulated seconds. */
const TICK_MS = 500;
/** What the learner does on each tick while a code is asked for, in turn. */
const ACTIONS = ['wrong', 'wrong', 'resend', 'wrong', 'resendEmail', 'wrong', 'startAgain'];

/**
 * Several full collections, then the heap as Chromium reports it to the page
 * (`performance.memory`, read through CDP: the driven clock replaces the page's
 * `performance`) and as V8 counts it.
 */
async function heap(page, cdp) {
  const domElements = await page.evaluate(async () => {
    // A message round trip lets pending work run between collections; unlike setTimeout, the
    // driven clock leaves it alone.
    const turn = () =>
      new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(null);
      });
    for (let i = 0; i < 4; i++) {
      globalThis.gc();
      await turn();
    }
    return document.getElementsByTagName('*').length;
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return {
    usedJSHeapSize: metric('JSHeapUsedSize'),
    totalJSHeapSize: metric('JSHeapTotalSize'),
    domElements,
    v8UsedSize: usedSize,
  };
}

/** What the page shows now: the simulated time and which step the run is at. */
function look(page) {
  return page.evaluate(() => {
    const time = document.querySelector('.timebar time');
    const datetime = time?.getAttribute('datetime');
    return {
      now: datetime ? Date.parse(datetime) : null,
      debrief: document.querySelector('.debrief') !== null,
      password: document.querySelector('#shop-password') !== null,
      code: document.querySelector('#shop-code') !== null,
    };
  });
}

/** The rows the page has drawn of each list that grows with a long session. */
function listSizes(page) {
  return page.evaluate(() => ({
    phoneNotifications: document.querySelectorAll('#pane-phone .notifications li').length,
    phoneBubbles: document.querySelectorAll('#pane-phone .bubble').length,
    emails: document.querySelectorAll('#pane-inbox article').length,
  }));
}

/**
 * @param {{ baseURL: string, executablePath: string, scenario?: string, simMinutes?: number,
 *   speed?: number, limitMs?: number, fastClock?: boolean }} options
 */
export async function measureSoak({
  baseURL,
  executablePath,
  scenario = 'new-device',
  simMinutes = 120,
  speed = 60,
  limitMs = 6 * 60_000,
  fastClock = true,
}) {
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  const problems = [];
  try {
    // No service worker: its precaching runs in its own heap and would only add noise.
    const context = await browser.newContext({
      serviceWorkers: 'block',
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    // Before the app loads, so the player's frames and every timer run on the driven clock.
    if (fastClock) await page.clock.install();
    const wait = (ms) => (fastClock ? page.clock.runFor(ms) : page.waitForTimeout(ms));

    await page.goto(`${baseURL}/#/play/${scenario}`);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByLabel('Password', { exact: true }).waitFor();
    const before = await heap(page, cdp);

    const counts = { wrong: 0, resend: 0, resendEmail: 0, startAgain: 0, signIn: 0, playAgain: 0 };
    const target = simMinutes * 60_000;
    const started = Date.now();
    let simulated = 0;
    let last = null;
    let turn = 0;
    let peakElements = before.domElements;

    while (simulated < target) {
      if (Date.now() - started > limitMs) {
        throw new Error(
          `only ${Math.round(simulated / 60_000)} of ${simMinutes} simulated minutes in ${limitMs / 1000} s`,
        );
      }
      const seen = await look(page);
      if (seen.now !== null) {
        if (last !== null && seen.now > last) simulated += seen.now - last;
        last = seen.now;
      }
      if (seen.debrief) {
        // A run ended (a scenario can end on its own): the trainer plays again.
        await page.getByRole('button', { name: 'Play again' }).click();
        counts.playAgain++;
        last = null;
        continue;
      }
      // A new run starts at 1× and playing: put it back to 60×.
      const select = page.getByLabel('Speed');
      if ((await select.inputValue()) !== String(speed)) await select.selectOption(String(speed));
      const play = page.getByRole('button', { name: 'Play', exact: true });
      if (await play.isVisible()) await play.click();

      if (seen.password) {
        await page.getByLabel('Password', { exact: true }).fill('lark-meadow-42');
        await page.getByRole('button', { name: 'Sign in' }).click();
        counts.signIn++;
      } else if (seen.code) {
        const action = ACTIONS[turn++ % ACTIONS.length];
        if (action === 'wrong') {
          const field = page.locator('#shop-code');
          await field.fill(String(100_000 + ((turn * 7919) % 900_000)));
          await field.press('Enter');
        } else if (action === 'resend') {
          await page.getByRole('button', { name: 'Send a new code', exact: true }).click();
        } else if (action === 'resendEmail') {
          await page.getByRole('button', { name: /by email/ }).click();
        } else {
          await page.getByRole('button', { name: 'Start again' }).click();
        }
        counts[action]++;
      }
      if (turn % 20 === 0) {
        const n = await page.evaluate(() => document.getElementsByTagName('*').length);
        peakElements = Math.max(peakElements, n);
      }
      await wait(TICK_MS);
    }
    const realMs = Date.now() - started;

    const pause = page.getByRole('button', { name: 'Pause' });
    if (await pause.isVisible()) await pause.click();
    const lists = await listSizes(page);
    const after = await heap(page, cdp);
    const growth = after.usedJSHeapSize - before.usedJSHeapSize;
    return {
      description: `Scenario ${scenario} of the built site in headless Chromium, ${simMinutes} simulated minutes played at ${speed}× through the time controls while a driver sends wrong codes, new codes (text and email), "Start again" and "Play again"; JS heap (Chromium's JSHeapUsedSize, as performance.memory reports it, after gc()) before and after.${fastClock ? " The browser's timers and animation frames run on Playwright's page.clock, driven as fast as the page keeps up." : ''}`,
      scenario,
      clock: fastClock ? 'page.clock (driven)' : 'real time',
      speed,
      simulatedMinutes: Math.round(simulated / 60_000),
      realSeconds: Math.round(realMs / 1000),
      actions: counts,
      before: { ...before, usedMB: round(before.usedJSHeapSize / MB) },
      after: { ...after, usedMB: round(after.usedJSHeapSize / MB) },
      growthMB: round(growth / MB),
      v8GrowthMB: round((after.v8UsedSize - before.v8UsedSize) / MB),
      peakDomElements: Math.max(peakElements, after.domElements),
      listsDrawnAtEnd: lists,
      goalGrowthMB: 20,
      meetsGoal: growth < 20 * MB,
      pageProblems: problems,
    };
  } finally {
    await browser.close();
  }
}

function round(x) {
  return Math.round(x * 100) / 100;
}
