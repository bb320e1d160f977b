#!/usr/bin/env node
// Finds the Chromium the browser tests drive (Playwright's own download is unreachable here).
// Order: $CHROMIUM_PATH, then Debian's /usr/bin/chromium(-browser), then, as root on Debian,
// `apt-get install chromium`. Prints the path it settles on; exits 1 with one line otherwise.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const HOW_TO =
  'Chromium not found: install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH=/path/to/chromium';

function fail(message) {
  console.error(message);
  process.exit(1);
}

function findInstalled() {
  return CANDIDATES.find((path) => existsSync(path));
}

function canAptInstall() {
  return (
    existsSync('/etc/debian_version') &&
    typeof process.getuid === 'function' &&
    process.getuid() === 0
  );
}

function aptInstall() {
  console.log('Chromium not found: installing it with apt-get (Debian, running as root)');
  const result = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

function resolveChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      fail(`CHROMIUM_PATH=${fromEnv} does not exist: point it at a Chromium binary or unset it`);
    return fromEnv;
  }
  const installed = findInstalled();
  if (installed) return installed;
  if (canAptInstall() && aptInstall()) {
    const afterInstall = findInstalled();
    if (afterInstall) return afterInstall;
  }
  return fail(HOW_TO);
}

console.log(`Chromium: ${resolveChromium()}`);
