#!/usr/bin/env node
// `node scripts/vite-run.mjs scripts/fuzz.ts [args…]`: runs a TypeScript script of the
// repo through Vite's module loader (scripts/vite-import.mjs), so it sees core as the
// app does (import.meta.glob, the `?card` import); the script reads its own arguments.
import { viteImport } from './vite-import.mjs';

const [script] = process.argv.splice(2, 1);
if (!script) {
  console.error('Usage: node scripts/vite-run.mjs <script.ts> [args…]');
  process.exit(2);
}
const { close } = await viteImport(script);
await close();
