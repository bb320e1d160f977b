#!/usr/bin/env node
// `npm run replay -- path/to/trace.json`: replays a trace with the same core
// the browser runs, prints each transition and the final state, and exits 1
// when the run does not end where the trace says it did (2 for a bad file).
import { readFileSync } from 'node:fs';
import { viteImport } from './vite-import.mjs';

const path = process.argv[2];
if (!path) {
  console.error('Usage: npm run replay -- path/to/trace.json');
  process.exit(2);
}
// Core loads through Vite's module loader, as the sandbox sees it (scripts/vite-import.mjs).
const { module: core, close } = await viteImport('src/core/index.ts');
let text;
try {
  text = readFileSync(path, 'utf8');
} catch (e) {
  console.error(`Cannot read ${path}: ${e.message}`);
  process.exit(2);
}
const check = core.parseTrace(text);
if (!check.ok) {
  console.error(`Not a valid trace: ${check.error}`);
  process.exit(2);
}
const result = await core.replayTrace(check.trace);
await close();
for (const e of result.log) {
  const time = core.formatClock(e.at, true);
  const reason = e.reason ? ` (${e.reason})` : '';
  console.log(
    `${time}  ${e.event.padEnd(44)} ${String(e.from).padEnd(9)} → ${e.to.padEnd(9)} ${e.outcome}${reason}`,
  );
}
console.log(`final state: ${result.state} (recorded: ${check.trace.final.state})`);
if (!result.matches) {
  console.error(`Replay does not match the trace: ${result.difference}.`);
  process.exit(1);
}
console.log('Replay matches the trace, log byte for byte.');
