import type { ScenarioTexts } from '../../i18n/scenarios';
import type { ScenarioDocument } from '../../schema/scenario';
import type { ScenarioCard } from '../card';
import type { Scenario } from '../types';

/**
 * The built-in scenarios: each is one scenario document (format 1.0,
 * doc/scenarios.md) in this folder, `<id>.json`, found from the files.
 * Adding a scenario is adding a file. The picker's cards come from the
 * files' card fields alone (the `?card` import, scripts/vite-scenario-cards.mjs);
 * a document loads, in its own chunk, when its scenario is played.
 */

const PATH = /^\.\/(.+)\.json$/;
const idOf = (path: string): string => {
  const id = PATH.exec(path)?.[1];
  if (id === undefined) throw new Error(`${path} is not a scenario file`);
  return id;
};

/** Each file's document, by id (its file name), loaded when asked for. */
const files = new Map(
  Object.entries(import.meta.glob<unknown>('./*.json', { import: 'default' })).map(
    ([path, load]) => [idOf(path), load] as const,
  ),
);

/** The built-ins' cards, in the picker's order (by number). */
export const BUILT_IN_CARDS: readonly ScenarioCard[] = Object.values(
  import.meta.glob<ScenarioCard>('./*.json', { query: '?card', import: 'default', eager: true }),
).sort((a, b) => a.number - b.number);

/** Every built-in's id, in the picker's order. */
export const BUILT_IN_IDS: readonly string[] = BUILT_IN_CARDS.map((card) => card.id);

/**
 * Whether a scenario is built in (a file of this folder) rather than a
 * trainer's own: a built-in's texts are never replaced, and its id is never
 * a trainer's (checkScenario refuses it).
 */
export function isBuiltInScenario(id: string): boolean {
  return files.has(id);
}

/** A built-in's card, or undefined for any other id. */
export function builtInCard(id: string): ScenarioCard | undefined {
  return BUILT_IN_CARDS.find((card) => card.id === id);
}

/** A built-in as loaded: its document, and the runner's Scenario and the views' texts from it. */
export interface Loaded {
  doc: ScenarioDocument;
  scenario: Scenario;
  texts: ScenarioTexts;
}

const loading = new Map<string, Promise<Loaded>>();
const loaded = new Map<string, Loaded>();

function load(id: string): Promise<Loaded> {
  const file = files.get(id);
  if (!file) return Promise.reject(new Error(`There is no built-in scenario "${id}".`));
  let pending = loading.get(id);
  if (!pending) {
    pending = Promise.all([file(), import('./read')]).then(([data, { readBuiltIn }]) => {
      const done = readBuiltIn(id, data);
      loaded.set(id, done);
      return done;
    });
    // A failed load (a chunk that did not arrive) is tried again next time.
    pending.catch(() => loading.delete(id));
    loading.set(id, pending);
  }
  return pending;
}

/** A built-in's whole document: its data, texts and sources. */
export async function loadBuiltInDocument(id: string): Promise<ScenarioDocument> {
  return (await load(id)).doc;
}

/** A built-in's texts once its document has loaded (synchronously); undefined before. */
export function loadedBuiltInTexts(id: string): ScenarioTexts | undefined {
  return loaded.get(id)?.texts;
}

/** A built-in's texts, its document loaded first. */
export async function loadBuiltInTexts(id: string): Promise<ScenarioTexts> {
  return (await load(id)).texts;
}

/** A built-in scenario, its texts loaded with it (one document): to play it. */
export async function loadScenario(id: string): Promise<Scenario> {
  return (await load(id)).scenario;
}
