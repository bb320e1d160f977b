import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

// PW_PORT and PW_OUT let two checkouts (or two people) run the browser tests at once.
const port = Number(process.env.PW_PORT ?? 4173);
const outDir = process.env.PW_OUT ?? 'dist';
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: 'test/browser',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // Two workers share two cores with a preview server: the longest tests (every scenario opened
  // in turn, a share link stepped beat by beat) take 20 s alone and pass 30 s side by side. A
  // timeout is a hang detector here, not a speed goal (speed is measured by npm run bench).
  timeout: 60_000,
  outputDir: `test-results${process.env.PW_PORT ? `-${port}` : ''}`,
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PW_REPORT ?? '.reports/playwright.json' }],
  ],
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // Debian's Chromium, never Playwright's own download (see scripts/ensure-chromium.mjs).
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: [...CHROMIUM_ARGS],
        },
      },
    },
  ],
  webServer: {
    // The shipped build at /, and under /test-build/ the same app built with `--mode test`, whose
    // only difference is a hook to throw inside a pane (src/ui/fault.svelte.ts) for pane-fault.spec.ts.
    command: `npx vite build --outDir ${outDir} && npx vite build --mode test --base /test-build/ --outDir ${outDir}/test-build && npx vite preview --outDir ${outDir} --port ${port} --strictPort`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
