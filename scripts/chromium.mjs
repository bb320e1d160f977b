// The Chromium every browser tool here drives (Playwright, the memory soak, Lighthouse):
// Debian's build, never Playwright's own download (see ensure-chromium.mjs), with the same
// flags everywhere so the figures and the tests run the same browser the same way.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
];
