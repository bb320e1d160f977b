#!/usr/bin/env node
// `npm run --silent scenario:new -- --from scam-call > mine.json`: a starting file
// for a trainer's own scenario, copied from a built-in (doc/scenarios.md). Its id
// is `my-<built-in id>`; change it, the texts and the story, then check it with
// `npm run scenario:check -- mine.json`. Exit 2 for an unknown or missing id.
import { tsImport } from 'tsx/esm/api';

const core = await tsImport('../src/core/index.ts', import.meta.url);
const args = process.argv.slice(2);
const at = args.indexOf('--from');
const id = at === -1 ? undefined : args[at + 1];
if (!id || !core.isScenarioId(id)) {
  const what = id ? `There is no built-in scenario "${id}".` : 'Name the built-in to start from.';
  console.error(`${what} Usage: npm run --silent scenario:new -- --from <id> > mine.json`);
  console.error(`The built-in scenarios: ${core.SCENARIO_IDS.join(', ')}.`);
  process.exit(2);
}
const doc = await core.scenarioToDocument(id);
process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
