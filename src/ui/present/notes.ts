import { catalogue } from '../../core/i18n';

/** A demo step's caption (speaker notes): the catalogue's `scenario.<id>.notes.<step id>`. */
export function stepNote(scenarioId: string, stepId: string): string | null {
  const scenarios = catalogue('en').scenario as unknown as Record<
    string,
    { notes?: Record<string, string> } | undefined
  >;
  return scenarios[scenarioId]?.notes?.[stepId] ?? null;
}

/** The page address of a share link's hash, to copy. */
export function linkAddress(hash: string): string {
  return `${location.origin}${location.pathname}${location.search}${hash}`;
}
