#!/usr/bin/env node
// `npm run scenario:schema`: writes doc/scenario.schema.json, the JSON Schema of
// the scenario format, from the valibot schema checkScenario runs
// (src/core/schema/scenario.ts). test/core/scenario-cli.test.ts fails when the
// committed file differs from what this writes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const file = fileURLToPath(new URL('../doc/scenario.schema.json', import.meta.url));
const { scenarioJsonSchemaText } = await tsImport('./scenario-json-schema.ts', import.meta.url);
writeFileSync(file, await scenarioJsonSchemaText(file));
console.log(`Wrote ${file}`);
