import { registerScenarioTexts } from '../i18n/scenarios';
import type { ScenarioTexts } from '../i18n/scenarios';
import type { ScenarioDocument } from '../schema/scenario';
import { readScenarioDocument } from './check';
import type { ScenarioProblem } from './check';
import { copyOfBuiltIn, scenarioOf, scenarioTextsOf } from './from-document';

export { copyId, copyOfBuiltIn } from './from-document';
import { loadBuiltInDocument } from './library';
import type { Scenario } from './types';

/**
 * Built-in scenarios as format-1.0 documents, and documents as scenarios the
 * runner plays. A trainer's scenario never takes a built-in's id (checkScenario
 * refuses it): progress is saved, texts are looked up and links are written by
 * scenario id, so a second "scam-call" would overwrite the learner's record of
 * the real one and show one scenario's words in the other. Renaming a document
 * quietly on import would not do either: its demo steps name its code messages
 * by the id ("<id>-attacker-0"), so the file would no longer mean what it says.
 */

/**
 * A built-in scenario as a document a trainer can start from: its file
 * (src/core/scenario/library/<id>.json) under `copyId(id)`, with the demo
 * steps that name its code messages renamed to match. Its picker number is
 * left out: a trainer's scenario has no place in the built-ins' order.
 */
export async function scenarioToDocument(id: string): Promise<ScenarioDocument> {
  return copyOfBuiltIn(await loadBuiltInDocument(id));
}

export type ScenarioImport =
  | {
      ok: true;
      scenario: Scenario;
      texts: ScenarioTexts;
      /** Makes the texts readable by id (`loadedScenarioTexts`), so the runner and views show them. */
      register: () => void;
    }
  | { ok: false; problems: ScenarioProblem[] };

/**
 * A document as the runner's Scenario and its texts, after `checkScenario`
 * found nothing wrong; nothing is registered until `register()` is called,
 * and nothing at all for a document with problems.
 */
export function documentToScenario(doc: unknown): ScenarioImport {
  const read = readScenarioDocument(doc);
  if (!read.ok) return read;
  // The schema's copy: nothing of the caller's object is used as it was.
  const scenario = scenarioOf(read.doc);
  const texts = scenarioTextsOf(read.doc);
  return { ok: true, scenario, texts, register: () => registerScenarioTexts(scenario.id, texts) };
}
