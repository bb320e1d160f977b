#!/usr/bin/env node
// `npm test`: unit tests (Vitest), then browser tests (Playwright), then one plain summary
// line, `N passed, N failed[, N skipped]`, that any CI log reader understands. Every runner
// runs even if an earlier one failed, so the summary always covers the whole suite.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = '.reports';
const VITEST_REPORT = `${REPORTS}/vitest.json`;
const PLAYWRIGHT_REPORT = `${REPORTS}/playwright.json`;

function run(command, args) {
  console.log(`\n> ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.error) console.error(result.error.message);
  return result.status ?? 1;
}

function readReport(path) {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const notes = [];

/** A runner that ended without a readable report counts as one failed test. */
function crashed(runner, status) {
  totals.failed += 1;
  notes.push(`${runner} crashed without a report (exit code ${status}): counted as 1 failed`);
}

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const vitestStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${VITEST_REPORT}`,
]);
const vitest = readReport(VITEST_REPORT);
if (vitest && typeof vitest.numPassedTests === 'number') {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests ?? 0;
  totals.skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  // Vitest fails the run without failing a test when a file cannot load or a run errors.
  if (vitestStatus !== 0 && !vitest.numFailedTests) {
    totals.failed += 1;
    notes.push(`vitest exited with code ${vitestStatus} but no test failed: counted as 1 failed`);
  }
} else {
  crashed('vitest', vitestStatus);
}

const chromiumStatus = run('node', ['scripts/ensure-chromium.mjs']);
if (chromiumStatus !== 0) {
  crashed('playwright (no Chromium)', chromiumStatus);
} else {
  const playwrightStatus = run('npx', ['playwright', 'test']);
  const stats = readReport(PLAYWRIGHT_REPORT)?.stats;
  if (stats && typeof stats.expected === 'number') {
    // `flaky` tests failed first and then passed on retry: they passed.
    totals.passed += stats.expected + (stats.flaky ?? 0);
    totals.failed += stats.unexpected ?? 0;
    totals.skipped += stats.skipped ?? 0;
    // e.g. the web server failed to start, or a global error outside any test.
    if (playwrightStatus !== 0 && !stats.unexpected) {
      totals.failed += 1;
      notes.push(
        `playwright exited with code ${playwrightStatus} but no test failed: counted as 1 failed`,
      );
    }
  } else {
    crashed('playwright', playwrightStatus);
  }
}

console.log('');
for (const note of notes) console.log(note);
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exitCode = totals.failed > 0 ? 1 : 0;
