#!/usr/bin/env node
// `npm run --silent scenario:new -- --from scam-call > mine.json`: a starting file
// for a trainer's own scenario, copied from a built-in (doc/scenarios.md). Its id
// is `my-<built-in id>`; change it, the texts and the story, then check it with
// `npm run scenario:check -- mine.json`. Exit 2 for an unknown or missing id.
// Core loads through Vite's module loader (scripts/vite-import.mjs): the built-ins
// are found from their files with import.meta.glob.
import { viteImport } from './vite-import.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--from');
const id = at === -1 ? undefined : args[at + 1];
const { module: core, close } = await viteImport('src/core/index.ts');
try {
  if (!id || !core.isBuiltInScenario(id)) {
    const what = id ? `There is no built-in scenario "${id}".` : 'Name the built-in to start from.';
    console.error(`${what} Usage: npm run --silent scenario:new -- --from <id> > mine.json`);
    console.error(`The built-in scenarios: ${core.BUILT_IN_IDS.join(', ')}.`);
    process.exitCode = 2;
  } else {
    const doc = await core.scenarioToDocument(id);
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  }
} finally {
  await close();
}
