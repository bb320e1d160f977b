// Lighthouse for `npm run bench`: the mobile preset (Lighthouse's default: a mid-range phone
// on a throttled 4G connection, simulated), Debian's Chromium, against the built site served by
// `vite preview`. Runs the CLI in a child process so that a crash costs one figure, not the bench.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from './chromium.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
export const LIGHTHOUSE_GOALS = {
  performance: 98,
  accessibility: 100,
  'best-practices': 100,
  seo: 90,
};

function run(command, args, env, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ code: null, output: `${output}\n${err.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output });
    });
  });
}

/**
 * One Lighthouse run of `url`: the four category scores (0–100), LCP and TBT and the other
 * metrics in ms, and every scored audit that did not pass. Never throws: a failed run comes
 * back as `{ url, error }`.
 */
export async function lighthouse(url, { chromePath, timeoutMs = 180_000 }) {
  const dir = mkdtempSync(join(tmpdir(), 'otp-lighthouse-'));
  const report = join(dir, 'report.json');
  try {
    const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
    const { code, signal, output } = await run(
      process.execPath,
      [
        cli,
        url,
        '--output=json',
        `--output-path=${report}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
        '--quiet',
      ],
      { ...process.env, CHROME_PATH: chromePath },
      timeoutMs,
    );
    if (code !== 0) {
      const tail = output.trim().split('\n').slice(-6).join('\n');
      return { url, error: `lighthouse exited with ${code ?? signal}: ${tail}` };
    }
    const r = JSON.parse(readFileSync(report, 'utf8'));
    if (r.runtimeError) return { url, error: `${r.runtimeError.code}: ${r.runtimeError.message}` };
    const scores = {};
    const failing = [];
    for (const id of CATEGORIES) {
      const category = r.categories[id];
      scores[id] = category.score === null ? null : Math.round(category.score * 100);
      for (const ref of category.auditRefs) {
        const audit = r.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          failing.push({
            category: id,
            audit: ref.id,
            score: audit.score,
            value: audit.displayValue ?? null,
          });
        }
      }
    }
    const ms = (id) => Math.round(r.audits[id]?.numericValue ?? NaN);
    return {
      url,
      lighthouseVersion: r.lighthouseVersion,
      formFactor: r.configSettings.formFactor,
      throttlingMethod: r.configSettings.throttlingMethod,
      scores,
      metrics: {
        largestContentfulPaintMs: ms('largest-contentful-paint'),
        totalBlockingTimeMs: ms('total-blocking-time'),
        firstContentfulPaintMs: ms('first-contentful-paint'),
        speedIndexMs: ms('speed-index'),
        cumulativeLayoutShift: r.audits['cumulative-layout-shift']?.numericValue ?? null,
      },
      failingAudits: failing,
      runWarnings: r.runWarnings,
      meetsGoals: Object.entries(LIGHTHOUSE_GOALS).every(([id, goal]) => (scores[id] ?? 0) >= goal),
    };
  } catch (err) {
    return { url, error: err instanceof Error ? err.message : String(err) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `runs` Lighthouse runs of `url`, one after another: the run with the median Performance score
 * (ties broken by TBT), as Lighthouse's own docs advise for a machine whose load varies, with
 * each run's scores, LCP and TBT listed beside it. Never throws.
 */
export async function lighthouseMedian(url, { chromePath, runs = 3, timeoutMs }) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await lighthouse(url, { chromePath, timeoutMs }));
  const ok = all.filter((r) => !r.error);
  if (ok.length === 0) return all[0];
  const sorted = [...ok].sort(
    (a, b) =>
      a.scores.performance - b.scores.performance ||
      b.metrics.totalBlockingTimeMs - a.metrics.totalBlockingTimeMs,
  );
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  return {
    ...median,
    runs: all.map((r) =>
      r.error
        ? { error: r.error }
        : {
            scores: r.scores,
            largestContentfulPaintMs: r.metrics.largestContentfulPaintMs,
            totalBlockingTimeMs: r.metrics.totalBlockingTimeMs,
          },
    ),
  };
}
