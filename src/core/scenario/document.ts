import { loadScenarioSources, loadScenarioTexts, registerScenarioTexts } from '../i18n/scenarios';
import type { ScenarioTexts } from '../i18n/scenarios';
import { SCENARIO_FORMAT, SCENARIO_FORMAT_VERSION } from '../schema/scenario';
import type { ScenarioDocument } from '../schema/scenario';
import { readScenarioDocument, scenarioOf } from './check';
import type { ScenarioProblem } from './check';
import { loadScenarioData } from './library';
import type { ScenarioId } from './library';
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

/** The id a built-in's copy gets: `my-scam-call`. */
export function copyId(id: ScenarioId): string {
  return `my-${id}`;
}

/**
 * A built-in scenario as a document a trainer can start from: its data and
 * texts (card included) and the sources they cite, under `copyId(id)`, with
 * the demo steps that name its code messages renamed to match. Its picker
 * number is left out: a trainer's scenario has no place in the built-ins' order.
 */
export async function scenarioToDocument(id: ScenarioId): Promise<ScenarioDocument> {
  const [data, texts, sources] = await Promise.all([
    loadScenarioData(id),
    loadScenarioTexts(id),
    loadScenarioSources(id),
  ]);
  const newId = copyId(id);
  // A plain copy through JSON: the document shares nothing with the loaded modules.
  const { number: _number, ...rest } = JSON.parse(JSON.stringify(data)) as Scenario;
  const scenario = { ...rest, id: newId } as ScenarioDocument['scenario'];
  for (const ending of ['foiled', 'taken-over'] as const) {
    for (const step of scenario.demo?.[ending] ?? []) {
      const a = step.action;
      if ((a.do === 'mark' || a.do === 'read') && a.item?.startsWith(`${id}-`)) {
        a.item = `${newId}${a.item.slice(id.length)}`;
      }
    }
  }
  const doc: ScenarioDocument = {
    format: SCENARIO_FORMAT,
    version: SCENARIO_FORMAT_VERSION,
    scenario,
    texts: { en: JSON.parse(JSON.stringify(texts)) as ScenarioDocument['texts']['en'] },
  };
  if (Object.keys(sources).length > 0) {
    doc.sources = { en: JSON.parse(JSON.stringify(sources)) as Record<string, string[]> };
  }
  return doc;
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
  const texts = read.doc.texts.en as ScenarioTexts;
  return { ok: true, scenario, texts, register: () => registerScenarioTexts(scenario.id, texts) };
}
