import { loadScenarioTexts } from '../../i18n/scenarios';
import type { Scenario } from '../types';

/**
 * Every scenario, loaded on demand: the picker shows cards from the
 * catalogue texts, and a scenario's data arrives only when it is played.
 */
export const SCENARIO_IDS = [
  'new-device',
  'password-reset',
  'phone-change',
  'checkout',
  'delivery',
  'gift-card',
  'refund',
  'subscription',
  'unrequested-code',
  'authenticator',
  'scam-call',
  'scam-reply',
  'scam-friend',
  'scam-link',
  'scam-delivery',
  'scam-refund',
  'scam-mismatch',
  'email-change',
  'payment-change',
  'scam-alert',
] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

const loaders: Record<ScenarioId, () => Promise<{ scenario: Scenario }>> = {
  'new-device': () => import('./new-device'),
  'password-reset': () => import('./password-reset'),
  'phone-change': () => import('./phone-change'),
  checkout: () => import('./checkout'),
  delivery: () => import('./delivery'),
  'gift-card': () => import('./gift-card'),
  refund: () => import('./refund'),
  subscription: () => import('./subscription'),
  'unrequested-code': () => import('./unrequested-code'),
  authenticator: () => import('./authenticator'),
  'scam-call': () => import('./scam-call'),
  'scam-reply': () => import('./scam-reply'),
  'scam-friend': () => import('./scam-friend'),
  'scam-link': () => import('./scam-link'),
  'scam-delivery': () => import('./scam-delivery'),
  'scam-refund': () => import('./scam-refund'),
  'scam-mismatch': () => import('./scam-mismatch'),
  'email-change': () => import('./email-change'),
  'payment-change': () => import('./payment-change'),
  'scam-alert': () => import('./scam-alert'),
};

export function isScenarioId(id: string): id is ScenarioId {
  return (SCENARIO_IDS as readonly string[]).includes(id);
}

/** A scenario's data alone, without its texts: what the picker's cards need (minutes, demos). */
export async function loadScenarioData(id: ScenarioId): Promise<Scenario> {
  return (await loaders[id]()).scenario;
}

/** A scenario's data, with its texts loaded alongside (each in its own chunk): to play it. */
export async function loadScenario(id: ScenarioId): Promise<Scenario> {
  const [data] = await Promise.all([loaders[id](), loadScenarioTexts(id)]);
  return data.scenario;
}
