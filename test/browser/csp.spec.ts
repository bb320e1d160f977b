/**
 * The built pages carry a strict Content-Security-Policy, and the browser
 * enforces it. (Every other browser test runs under it too: the fixture fails
 * a test on any CSP violation report.)
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const PAGES = ['/', '/workbench.html'];

const REQUIRED = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

async function policyOf(page: Page): Promise<string> {
  const metas = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(metas).toHaveCount(1);
  return (await metas.getAttribute('content')) ?? '';
}

for (const path of PAGES) {
  test(`${path} has a strict CSP: own origin only, no inline script or style, no eval`, async ({
    page,
  }) => {
    await page.goto(path);
    const policy = await policyOf(page);
    const directives = policy.split(';').map((d) => d.trim());
    expect(directives).toEqual(expect.arrayContaining(REQUIRED));
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval/);
    // No other origin, scheme or wildcard anywhere but data: images.
    const sources = directives.flatMap((d) => d.split(/\s+/).slice(1));
    expect(sources.filter((s) => !["'self'", "'none'", 'data:'].includes(s))).toEqual([]);
    expect(directives.find((d) => d.startsWith('img-src'))).toBe("img-src 'self' data:");
    // The policy comes first: nothing in the head can run before it applies.
    const second = await page.evaluate(() => document.head.children[1]?.getAttribute('http-equiv'));
    expect(second).toBe('Content-Security-Policy');
    // No inline script in the page at all.
    expect(await page.locator('script:not([src])').count()).toBe(0);
  });
}

test.describe('enforcement', () => {
  // These checks break the policy on purpose; exactly those reports are expected.
  test.use({
    allowedProblems:
      /^CSP violation: (script-src(-elem)? blocked (eval|inline)|style-src-attr blocked inline)|^console error: (Refused to evaluate|Evaluating a string as JavaScript violates|Executing inline script violates|Applying inline style violates)/,
  });

  test('the browser refuses eval, inline script and inline style attributes, but not the CSSOM', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'OTP Sandbox' })).toBeVisible();
    const result = await page.evaluate(async () => {
      const seen: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.effectiveDirective} ${e.blockedURI}`),
      );
      // Run from a later task, so the call is the page's own, not the test driver's.
      const evalRan = await new Promise<boolean>((resolve) =>
        setTimeout(() => {
          try {
            resolve(new Function('return true')() as boolean);
          } catch {
            resolve(false);
          }
        }),
      );
      const w = window as unknown as Record<string, unknown>;
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      // An inline style attribute from markup is refused…
      const box = document.createElement('div');
      box.innerHTML = '<p style="margin-left: 77px">x</p>';
      document.body.append(box);
      const marked = getComputedStyle(box.firstElementChild!).marginLeft;
      // …while element.style, which Svelte's style: directives use, is allowed.
      const styled = document.createElement('p');
      document.body.append(styled);
      styled.style.setProperty('margin-left', '33px');
      const cssom = getComputedStyle(styled).marginLeft;
      await new Promise((r) => setTimeout(r, 100));
      return { evalRan, inlineRan: w.__inlineRan === true, marked, cssom, seen };
    });
    expect(result.evalRan).toBe(false);
    expect(result.inlineRan).toBe(false);
    expect(result.marked).toBe('0px');
    expect(result.cssom).toBe('33px');
    expect(result.seen).toEqual(
      expect.arrayContaining([
        'script-src eval',
        'script-src-elem inline',
        'style-src-attr inline',
      ]),
    );
  });
});
