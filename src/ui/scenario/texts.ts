import { catalogue } from '../../core/i18n';
import type { Arrival } from '../../core/scenario/run';
import { SHOP } from '../../core/world';

/** One scenario's texts in the model's catalogue (`scenario.<id>`). */
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
}

export function scenarioTexts(id: string): ScenarioTexts {
  const all = catalogue('en').scenario as unknown as Record<string, ScenarioTexts>;
  // A scenario whose texts are not written yet still shows, under its id.
  return (
    all[id] ?? {
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
