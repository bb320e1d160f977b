import type { Scenario } from '../types';

/**
 * Every scenario, loaded on demand: the picker shows cards from the
 * catalogue texts, and a scenario's data arrives only when it is played.
 */
export const SCENARIO_IDS = ['new-device', 'password-reset', 'unrequested-code'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

const loaders: Record<ScenarioId, () => Promise<{ scenario: Scenario }>> = {
  'new-device': () => import('./new-device'),
  'password-reset': () => import('./password-reset'),
  'unrequested-code': () => import('./unrequested-code'),
};

export function isScenarioId(id: string): id is ScenarioId {
  return (SCENARIO_IDS as readonly string[]).includes(id);
}

export async function loadScenario(id: ScenarioId): Promise<Scenario> {
  return (await loaders[id]()).scenario;
}
