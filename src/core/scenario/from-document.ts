import type { ScenarioTexts } from '../i18n/scenarios';
import type { FlagCue, FlagCues } from '../scam/cues';
import type { ScenarioDocument } from '../schema/scenario';
import type { Scenario } from './types';

/** The document's data as the runner's Scenario (a trainer's scenario has no place in the picker: 0). */
export function scenarioOf(doc: ScenarioDocument): Scenario {
  const { number, ...data } = doc.scenario;
  return { ...data, number: number ?? 0 };
}

/** A document's English texts as the views read them (`ScenarioTexts`). */
export function scenarioTextsOf(doc: ScenarioDocument): ScenarioTexts {
  const { cues, ...texts } = doc.texts.en;
  if (!cues) return texts;
  const byItem: Record<string, Record<string, FlagCue>> = {};
  for (const [item, byFlag] of Object.entries(cues)) {
    const flags: Record<string, FlagCue> = {};
    for (const [flag, cue] of Object.entries(byFlag)) if (cue) flags[flag] = cueOf(cue);
    byItem[item] = flags;
  }
  return { ...texts, cues: byItem satisfies FlagCues };
}

/** A cue as the schema reads it (one of the two fields, which its check makes sure of). */
function cueOf(cue: { quote?: string; cue?: string }): FlagCue {
  if (cue.quote !== undefined) return { quote: cue.quote };
  if (cue.cue !== undefined) return { cue: cue.cue };
  throw new Error('A cue holds "quote" or "cue" (the scenario schema checks it).');
}

/** The id a built-in's copy gets: `my-scam-call`. */
export function copyId(id: string): string {
  return `my-${id}`;
}

/**
 * A built-in's document as a trainer's starting copy (`scenarioToDocument`):
 * under `copyId(id)`, with the demo steps that name its code messages
 * ("<id>-attacker-0") renamed to match, and without its picker number.
 */
export function copyOfBuiltIn(builtIn: ScenarioDocument): ScenarioDocument {
  // A plain copy through JSON: the copy shares nothing with the loaded document.
  const doc = JSON.parse(JSON.stringify(builtIn)) as ScenarioDocument;
  const id = builtIn.scenario.id;
  const newId = copyId(id);
  const { number: _number, ...rest } = doc.scenario;
  const scenario = { ...rest, id: newId };
  for (const ending of ['foiled', 'taken-over'] as const) {
    for (const step of scenario.demo?.[ending] ?? []) {
      const a = step.action;
      if ((a.do === 'mark' || a.do === 'read') && a.item?.startsWith(`${id}-`)) {
        a.item = `${newId}${a.item.slice(id.length)}`;
      }
    }
  }
  return { ...doc, scenario };
}
