import type { FlagCues } from '../scam/cues';
import type { SituationText } from './en-quiz';
import {
  BUILT_IN_IDS,
  isBuiltInScenario,
  loadBuiltInDocument,
  loadBuiltInTexts,
  loadedBuiltInTexts,
} from '../scenario/library';
import type { Locale } from './index';
import { setTrainerTexts, trainerTexts } from './trainers';

/**
 * Scenarios' texts. A built-in's are in its document
 * (src/core/scenario/library/<id>.json, `texts.en`), which loads when the
 * scenario is played (`loadScenario`); the first screen carries only the
 * cards (`BUILT_IN_CARDS`). A trainer's scenario's texts are registered
 * from its document (`registerScenarioTexts`).
 */

/** The shape every scenario's texts share. */
export interface ScenarioTexts {
  title: string;
  summary: string;
  objectives: readonly string[];
  rightMoves: readonly string[];
  beats: Readonly<Record<string, string>>;
  decisions: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Each call's words, line by line. */
  calls: Readonly<Record<string, readonly string[]>>;
  /** Subject lines of email beats. */
  subjects: Readonly<Record<string, string>>;
  /** Speaker notes of the demo steps (scams). */
  notes?: Readonly<Record<string, string>>;
  /** What carried each red flag, by item (scams; see src/core/scam/cues.ts). */
  cues?: FlagCues;
  /** The words of a trainer's situations of "Real or scam?", by situation id. */
  situations?: Readonly<Record<string, SituationText>>;
  /** What a trainer says about the whole scenario: a few sentences, and two or three questions for the room. */
  talk?: { notes: string; questions: readonly string[] };
}

/** Every built-in's texts, by id. */
export type ScenarioCatalogue = Readonly<Record<string, ScenarioTexts>>;

/** Loads one built-in's texts (its document, once); `loadScenario` loads the same document. */
export async function loadScenarioTexts(id: string, locale: Locale = 'en'): Promise<ScenarioTexts> {
  void locale; // English is the only language so far.
  return loadBuiltInTexts(id);
}

/** Every built-in's texts at once (the attacker's seat, tests). */
export async function loadScenarioCatalogue(locale: Locale = 'en'): Promise<ScenarioCatalogue> {
  const texts = await Promise.all(BUILT_IN_IDS.map((id) => loadScenarioTexts(id, locale)));
  return Object.fromEntries(BUILT_IN_IDS.map((id, i) => [id, texts[i]!]));
}

/**
 * One scenario's texts from a catalogue, or a clear error: the catalogue
 * is keyed by any string, so a missing id is an error here and not an
 * `undefined` somewhere later.
 */
export function textsOf(catalogue: ScenarioCatalogue, id: string): ScenarioTexts {
  if (!Object.hasOwn(catalogue, id)) throw new Error(`No texts for the scenario "${id}".`);
  return catalogue[id]!;
}

/** The sources each text of a built-in scenario cites, by the text's path (doc/sources.md). */
export async function loadScenarioSources(
  id: string,
): Promise<Readonly<Record<string, readonly string[]>>> {
  return (await loadBuiltInDocument(id)).sources?.en ?? {};
}

/**
 * Makes a trainer's scenario's texts readable by `loadedScenarioTexts`, as
 * `loadScenario` does for a built-in (see `documentToScenario`). A built-in's
 * id is refused: its texts are never replaced.
 */
export function registerScenarioTexts(id: string, texts: ScenarioTexts): void {
  if (isBuiltInScenario(id)) throw new Error(`${id} is built in`);
  setTrainerTexts(id, texts);
}

/**
 * A loaded scenario's texts, synchronously; undefined before its
 * `loadScenario` (or `loadScenarioTexts`) has finished.
 */
export function loadedScenarioTexts(id: string): ScenarioTexts | undefined {
  return isBuiltInScenario(id) ? loadedBuiltInTexts(id) : trainerTexts(id);
}
