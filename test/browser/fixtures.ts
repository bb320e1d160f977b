/**
 * The one `test` every browser spec imports. Its `page` fails the test when the
 * page logs a console error, throws an uncaught error, reports a CSP violation,
 * or requests anything outside the app's own origin: the sandbox must run
 * offline, self-contained, and clean.
 *
 * A test that provokes an error on purpose names it, and only it, with
 * `test.use({ allowedProblems: /pattern/ })`; anything else still fails it.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test as base, expect } from '@playwright/test';

const CSP_BINDING = '__otpSandboxReportCspViolation';

export const test = base.extend<{ allowedProblems: RegExp | null }>({
  allowedProblems: [null, { option: true }],
  page: async ({ page, baseURL, allowedProblems }, use, testInfo) => {
    if (!baseURL) throw new Error('fixtures.ts: set use.baseURL in playwright.config.ts');
    const appOrigin = new URL(baseURL).origin;
    const problems: string[] = [];
    const context = page.context();

    context.on('console', (message) => {
      if (message.type() === 'error') {
        const { url, lineNumber } = message.location();
        problems.push(`console error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
      }
    });
    context.on('weberror', (webError) => {
      const error = webError.error();
      problems.push(`uncaught page error: ${error.stack ?? error.message}`);
    });
    context.on('request', (request) => {
      const url = new URL(request.url());
      // data: and blob: URLs never leave the page, so they have no origin to check.
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      if (url.origin !== appOrigin) {
        problems.push(`request outside ${appOrigin}: ${request.method()} ${request.url()}`);
      }
    });
    await context.exposeBinding(CSP_BINDING, (_source, report: string) => {
      problems.push(`CSP violation: ${report}`);
    });
    await context.addInitScript((binding) => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`;
        (window as unknown as Record<string, (report: string) => void>)[binding]?.(report);
      });
    }, CSP_BINDING);

    await use(page);

    const unexpected = problems.filter((p) => !allowedProblems?.test(p));
    if (problems.length > 0) {
      await testInfo.attach('page-problems', {
        body: problems.join('\n'),
        contentType: 'text/plain',
      });
    }
    expect(unexpected, `page problems:\n${unexpected.join('\n')}`).toEqual([]);
  },
});

export { expect };

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe (WCAG 2.2 AA) on the page and fails with a readable list of violations. */
/**
 * Stores `value` under `key` before the page's first load only, so a reload
 * reads what the app itself wrote back (a seeded save, say).
 */
export async function seedStorageOnce(page: Page, key: string, value: string): Promise<void> {
  await page.addInitScript(
    ([k, v]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k!, v!);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [key, value],
  );
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations
    .map(
      (v) =>
        `${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n` +
        v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n'),
    )
    .join('\n');
  expect(results.violations, `axe violations:\n${summary}`).toEqual([]);
}
