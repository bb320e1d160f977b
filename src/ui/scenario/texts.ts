import { loadedScenarioTexts } from '../../core/i18n/scenarios';
import type { ScenarioTexts } from '../../core/i18n/scenarios';
import type { Arrival } from '../../core/scenario/state';
import { SHOP } from '../../core/world';

export type { ScenarioTexts };

/** A scenario's texts; `loadScenario` has loaded them before any view shows it. */
export function scenarioTexts(id: string): ScenarioTexts {
  // A scenario whose texts are not written (or loaded) yet still shows, under its id.
  return (
    loadedScenarioTexts(id) ?? {
      title: id,
      summary: '',
      objectives: [],
      rightMoves: [],
      beats: {},
      decisions: {},
      calls: {},
      subjects: {},
    }
  );
}

/** "Larkspur <security@larkspur.example>" as a name and an address. */
export function splitSender(from: string): { name: string; address: string } {
  const match = /^(.*?)\s*<([^>]+)>$/.exec(from);
  if (match) return { name: match[1] || match[2] || from, address: match[2] ?? from };
  return { name: from === SHOP.email ? SHOP.name : from, address: from };
}

/** What a phone or inbox shows for an arrival: the code message, or the beat's text. */
export function arrivalText(scenarioId: string, arrival: Arrival): string {
  if (arrival.delivery) return arrival.delivery.body;
  return (arrival.beat ? scenarioTexts(scenarioId).beats[arrival.beat] : undefined) ?? '';
}
