#!/usr/bin/env node
// `npm run scenario:check -- a.json b.json …`: checks scenario documents with the
// same checkScenario the sandbox runs (doc/scenarios.md). Each file's problems are
// listed as `path: message`. Exit 0 when every file is a valid scenario, 1 when
// any has problems, 2 when a file cannot be read or no file is named.
import { readFileSync } from 'node:fs';
import { viteImport } from './vite-import.mjs';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npm run scenario:check -- my-scenario.json [more.json …]');
  process.exit(2);
}
// Core loads through Vite's module loader, as the sandbox sees it (scripts/vite-import.mjs).
const { module: core, close } = await viteImport('src/core/index.ts');
const { parseScenarioDocument } = core;
let status = 0;
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`${file}: cannot be read (${e.code ?? e.message}).`);
    status = 2;
    continue;
  }
  const result = parseScenarioDocument(text);
  if (result.ok) {
    console.log(`${file}: a valid scenario ("${result.doc.scenario.id}").`);
    continue;
  }
  const n = result.problems.length;
  console.log(`${file}: ${n} problem${n === 1 ? '' : 's'}`);
  for (const p of result.problems) console.log(`  ${p.path}: ${p.message}`);
  status = Math.max(status, 1);
}
await close();
process.exit(status);
