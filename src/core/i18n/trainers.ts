import type { ScenarioTexts } from './scenarios';

/**
 * Trainers' scenarios' texts, kept apart from the built-ins' and from the
 * built-ins' library, so code that reads a trainer's words (the quiz) does
 * not load the library. `registerScenarioTexts` (i18n/scenarios.ts) adds to
 * it, refusing a built-in's id.
 */
const registered = new Map<string, ScenarioTexts>();

export function setTrainerTexts(id: string, texts: ScenarioTexts): void {
  registered.set(id, texts);
}

/** A trainer's scenario's texts once registered; undefined before (and for a built-in). */
export function trainerTexts(id: string): ScenarioTexts | undefined {
  return registered.get(id);
}
