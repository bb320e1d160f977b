/**
 * The built-in scenarios as the tests see them: the files of
 * src/core/scenario/library, read straight from the folder (not through the
 * code under test), in the picker's order (`scenario.number`). Tests that
 * count or list the scenarios take them from here, so adding a file adds it
 * to every such test. Plain Node (fs): Vitest and Playwright's own test code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import type { ScenarioTexts } from '../../src/core/i18n/scenarios';
import { scenarioOf, scenarioTextsOf } from '../../src/core/scenario/from-document';
import type { Scenario } from '../../src/core/scenario/types';
import { ScenarioDocumentSchema } from '../../src/core/schema/scenario';
import type { ScenarioDocument } from '../../src/core/schema/scenario';

export const LIBRARY = fileURLToPath(new URL('../../src/core/scenario/library/', import.meta.url));

export interface BuiltInFile {
  /** The file's name without `.json`: the scenario's id. */
  name: string;
  path: string;
  /** The file's JSON, as it is. */
  json: unknown;
}

/** Every `.json` file of the folder, by name. */
export function builtInFiles(): BuiltInFile[] {
  return readdirSync(LIBRARY)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const path = `${LIBRARY}${f}`;
      return {
        name: f.slice(0, -'.json'.length),
        path,
        json: JSON.parse(readFileSync(path, 'utf8')),
      };
    });
}

const DOCUMENTS: readonly ScenarioDocument[] = builtInFiles()
  .map((f) => v.parse(ScenarioDocumentSchema, f.json))
  .sort((a, b) => (a.scenario.number ?? 0) - (b.scenario.number ?? 0));

/** Every built-in's id, in the picker's order. */
export const SCENARIO_IDS: readonly string[] = DOCUMENTS.map((d) => d.scenario.id);
/** The scams' ids (flow "scam"), in the picker's order. */
export const SCAM_IDS: readonly string[] = DOCUMENTS.filter((d) => d.scenario.flow === 'scam').map(
  (d) => d.scenario.id,
);

/** A built-in's document, read from its file; a clear error for an id that has none. */
export function builtInDocument(id: string): ScenarioDocument {
  const doc = DOCUMENTS.find((d) => d.scenario.id === id);
  if (!doc) throw new Error(`No file src/core/scenario/library/${id}.json`);
  return doc;
}

/** A built-in's texts, read from its file (its card included). */
export function builtInTexts(id: string): ScenarioTexts {
  return scenarioTextsOf(builtInDocument(id));
}

/** A built-in as the runner's Scenario, read from its file. */
export function builtInScenario(id: string): Scenario {
  return scenarioOf(builtInDocument(id));
}
