import type { FlagCues } from '../scam/cues';
import type { SituationText } from './en-quiz';
import { enCards } from './en-cards';
import type { Locale } from './index';

/**
 * Each scenario's texts beyond its card, one chunk per scenario, loaded
 * with the scenario's data (`loadScenario` awaits both). The first screen
 * carries only the cards (`catalogue().card`).
 */
const loaders = {
  'new-device': () => import('./en-scenarios/new-device'),
  'password-reset': () => import('./en-scenarios/password-reset'),
  'phone-change': () => import('./en-scenarios/phone-change'),
  checkout: () => import('./en-scenarios/checkout'),
  delivery: () => import('./en-scenarios/delivery'),
  'gift-card': () => import('./en-scenarios/gift-card'),
  refund: () => import('./en-scenarios/refund'),
  subscription: () => import('./en-scenarios/subscription'),
  'unrequested-code': () => import('./en-scenarios/unrequested-code'),
  authenticator: () => import('./en-scenarios/authenticator'),
  'scam-call': () => import('./en-scenarios/scam-call'),
  'scam-reply': () => import('./en-scenarios/scam-reply'),
  'scam-friend': () => import('./en-scenarios/scam-friend'),
  'scam-link': () => import('./en-scenarios/scam-link'),
  'scam-delivery': () => import('./en-scenarios/scam-delivery'),
  'scam-refund': () => import('./en-scenarios/scam-refund'),
  'scam-mismatch': () => import('./en-scenarios/scam-mismatch'),
  'email-change': () => import('./en-scenarios/email-change'),
  'payment-change': () => import('./en-scenarios/payment-change'),
  'scam-alert': () => import('./en-scenarios/scam-alert'),
} as const;

type TextId = keyof typeof loaders & keyof typeof enCards;
type Body<K extends TextId> = Awaited<ReturnType<(typeof loaders)[K]>>['texts'];

/** Every text of one scenario: its card and the rest. */
export type ScenarioText<K extends TextId> = (typeof enCards)[K] & Body<K>;
export type ScenarioCatalogue = { [K in TextId]: ScenarioText<K> };

const loaded: Partial<ScenarioCatalogue> = {};

/** Loads one scenario's texts (once); `loadScenario` calls it. */
export async function loadScenarioTexts<K extends TextId>(
  id: K,
  locale: Locale = 'en',
): Promise<ScenarioText<K>> {
  void locale; // English is the only catalogue so far.
  const cache = loaded as Record<string, unknown>;
  const cached = cache[id] as ScenarioText<K> | undefined;
  if (cached) return cached;
  const load = loaders[id] as () => Promise<{ texts: object }>;
  const text = { ...(enCards[id] as object), ...(await load()).texts } as ScenarioText<K>;
  cache[id] = text;
  return text;
}

/** Every scenario's texts at once (the attacker's seat, tests). */
export async function loadScenarioCatalogue(locale: Locale = 'en'): Promise<ScenarioCatalogue> {
  const ids = Object.keys(loaders) as TextId[];
  await Promise.all(ids.map((id) => loadScenarioTexts(id, locale)));
  return loaded as ScenarioCatalogue;
}

/** The shape every scenario's texts share, for code that reads them by a runtime id. */
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
}

/** The sources each text of a built-in scenario cites, by the text's path (doc/sources.md). */
export async function loadScenarioSources(
  id: TextId,
): Promise<Readonly<Record<string, readonly string[]>>> {
  const load = loaders[id] as () => Promise<{ sources?: Record<string, readonly string[]> }>;
  return (await load()).sources ?? {};
}

/**
 * Makes a trainer's scenario's texts readable by `loadedScenarioTexts`, as
 * `loadScenario` does for a built-in (see `documentToScenario`). A built-in's
 * id is refused: its texts are never replaced.
 */
export function registerScenarioTexts(id: string, texts: ScenarioTexts): void {
  if (Object.hasOwn(loaders, id)) throw new Error(`${id} is built in`);
  registered.set(id, texts);
}

/** Trainers' scenarios' texts, kept apart from the built-ins' catalogue. */
const registered = new Map<string, ScenarioTexts>();

/**
 * A loaded scenario's texts, synchronously; undefined before its
 * `loadScenario` (or `loadScenarioTexts`) has finished.
 */
export function loadedScenarioTexts(id: string): ScenarioTexts | undefined {
  const texts = loaded as Record<string, ScenarioTexts | undefined>;
  return Object.hasOwn(texts, id) ? texts[id] : registered.get(id);
}
