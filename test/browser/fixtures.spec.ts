/**
 * The shared fixture (fixtures.ts) really fails a test on each kind of page
 * problem. Each problem is provoked twice with the same steps: once plainly,
 * where the test must fail (`test.fail`: Playwright reports it if it passes),
 * and once with exactly that problem allowed, where it must pass, so the first
 * failure comes from the fixture's check and from nothing else.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

interface Case {
  name: string;
  provoke: (page: Page) => Promise<void>;
  /** Matches the problem lines this case produces, and nothing else. */
  problem: RegExp;
}

async function injectInlineScript(page: Page): Promise<void> {
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'void 0';
    document.body.append(script);
  });
}

const CASES: Case[] = [
  {
    name: 'a console error',
    provoke: async (page) => {
      await page.evaluate(() => console.error('fixture self-test: a console error'));
    },
    problem: /^console error: fixture self-test: a console error/,
  },
  {
    name: 'an uncaught error',
    provoke: async (page) => {
      await page.evaluate(() =>
        setTimeout(() => {
          throw new Error('fixture self-test: uncaught');
        }),
      );
    },
    problem: /^uncaught page error: Error: fixture self-test: uncaught/,
  },
  {
    name: 'a CSP violation',
    provoke: injectInlineScript,
    // Chromium also logs the refusal to the console.
    problem:
      /^CSP violation: script-src-elem blocked inline|^console error: Executing inline script violates/,
  },
  {
    name: 'a request to another origin',
    provoke: async (page) => {
      // The same server under another name is another origin.
      const other = new URL(page.url());
      other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
      await page.goto(other.href);
    },
    problem: /^request outside http:\/\/localhost:\d+: GET http:\/\/127\.0\.0\.1:\d+\//,
  },
];

async function openPicker(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'OTP Sandbox' })).toBeVisible();
}

for (const { name, provoke, problem } of CASES) {
  test.describe(name, () => {
    test('fails the test', async ({ page }) => {
      test.fail();
      await openPicker(page);
      await provoke(page);
      await page.waitForTimeout(200);
    });

    test.describe('when allowed', () => {
      test.use({ allowedProblems: problem });
      test('passes, so the failure above is the fixture’s', async ({ page }) => {
        await openPicker(page);
        await provoke(page);
        await page.waitForTimeout(200);
      });
    });
  });
}

test.describe('a CSP violation whose console line is allowed', () => {
  // The violation report alone (securitypolicyviolation, through the fixture's binding) still fails it.
  test.use({ allowedProblems: /^console error: Executing inline script violates/ });
  test('fails the test', async ({ page }) => {
    test.fail();
    await openPicker(page);
    await injectInlineScript(page);
    await page.waitForTimeout(200);
  });
});
