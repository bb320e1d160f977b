import { enCards } from './en-cards';
import { enScenarios } from './en-scenarios';
import type { Locale } from './index';

/** Every text of each scenario: its card (en-cards.ts) and the rest (en-scenarios.ts). */
export type ScenarioCatalogue = {
  [K in keyof typeof enScenarios]: (typeof enCards)[K] & (typeof enScenarios)[K];
};

function merge(): ScenarioCatalogue {
  const ids = Object.keys(enScenarios) as (keyof typeof enScenarios)[];
  return Object.fromEntries(
    ids.map((id) => [id, { ...enCards[id], ...enScenarios[id] }]),
  ) as ScenarioCatalogue;
}

const CATALOGUES: Record<Locale, ScenarioCatalogue> = { en: merge() };

/**
 * The scenarios' texts in a locale. A module of its own, apart from
 * `catalogue()`, so only the code that plays a scenario loads them: the
 * first screen (the picker) needs only the cards, `catalogue().card`.
 */
export function scenarioCatalogue(locale: Locale = 'en'): ScenarioCatalogue {
  return CATALOGUES[locale] ?? CATALOGUES.en;
}
