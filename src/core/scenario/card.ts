import type { Scenario } from './types';

/**
 * What the picker shows of a built-in scenario before it is played: its
 * card texts and the few data fields the card needs. The build takes these
 * fields alone from each `src/core/scenario/library/<id>.json` (the
 * `?card` import, scripts/vite-scenario-cards.mjs), so the first screen
 * carries the cards and not the documents.
 */
export interface ScenarioCard {
  id: string;
  /** Its place in the picker, from 1. */
  number: number;
  flow: Scenario['flow'];
  /** Typical length, in minutes of the learner's time. */
  minutes: number;
  /** A scam with a demo: it also opens presented to a room, or both sides at once. */
  hasDemo: boolean;
  title: string;
  summary: string;
  objectives: readonly string[];
}
