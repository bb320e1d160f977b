import { loadedScenarioTexts } from '../../core/i18n/scenarios';

/** A demo step's caption (speaker notes): the catalogue's `scenario.<id>.notes.<step id>`. */
export function stepNote(scenarioId: string, stepId: string): string | null {
  return loadedScenarioTexts(scenarioId)?.notes?.[stepId] ?? null;
}

/** The page address of a share link's hash, to copy. */
export function linkAddress(hash: string): string {
  return `${location.origin}${location.pathname}${location.search}${hash}`;
}
