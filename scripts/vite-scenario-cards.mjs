// The `?card` import of a scenario document: `import card from './scam-call.json?card'`,
// or `import.meta.glob('./*.json', { query: '?card', import: 'default', eager: true })` as
// src/core/scenario/library/index.ts does. The module holds only the card of the document
// (`ScenarioCard`, src/core/scenario/card.ts): what the picker shows of every built-in
// without loading the documents, which load when a scenario is played. A Vite plugin, so
// the same in `vite build`, `vite dev`, Vitest and Playwright (all use vite.config.ts).
import { readFileSync } from 'node:fs';

const CARD = /^(.+\.json)\?card$/;
const FLOWS = ['sign-in', 'confirm', 'unrequested', 'scam'];

/** The value at a path of plain objects, or undefined. */
function at(value, ...keys) {
  return keys.reduce(
    (node, key) =>
      typeof node === 'object' && node !== null && Object.hasOwn(node, key) ? node[key] : undefined,
    value,
  );
}

/**
 * A document's card. Only the card's fields are read, each checked for its type, so a
 * broken file fails with the field's name; the whole document is checked by
 * checkScenario (test/core/builtins.test.ts, `npm run scenario:check`).
 */
export function cardOf(doc) {
  const wrong = (keys, what) =>
    new Error(`${keys.join('.')} must be ${what}, for the scenario's card.`);
  const text = (...keys) => {
    const value = at(doc, ...keys);
    if (typeof value !== 'string') throw wrong(keys, 'a text');
    return value;
  };
  const whole = (...keys) => {
    const value = at(doc, ...keys);
    if (!Number.isInteger(value) || value < 1) throw wrong(keys, 'a whole number from 1');
    return value;
  };
  const flow = text('scenario', 'flow');
  if (!FLOWS.includes(flow)) throw wrong(['scenario', 'flow'], `one of ${FLOWS.join(', ')}`);
  const objectives = at(doc, 'texts', 'en', 'objectives');
  if (!Array.isArray(objectives) || !objectives.every((o) => typeof o === 'string'))
    throw wrong(['texts', 'en', 'objectives'], 'a list of texts');
  return {
    id: text('scenario', 'id'),
    number: whole('scenario', 'number'),
    flow,
    minutes: whole('scenario', 'minutes'),
    hasDemo: at(doc, 'scenario', 'demo') !== undefined,
    title: text('texts', 'en', 'title'),
    summary: text('texts', 'en', 'summary'),
    objectives,
  };
}

/** The plugin: loads `<file>.json?card` as a module whose default export is the card. */
export function scenarioCards() {
  return {
    name: 'otp-sandbox:scenario-cards',
    enforce: 'pre',
    load(id) {
      const file = CARD.exec(id)?.[1];
      if (!file) return null;
      this.addWatchFile(file);
      try {
        const card = cardOf(JSON.parse(readFileSync(file, 'utf8')));
        return { code: `export default ${JSON.stringify(card)};\n`, moduleType: 'js' };
      } catch (e) {
        throw new Error(
          `${file} is not a scenario document (npm run scenario:check -- ${file}): ${e instanceof Error ? e.message : String(e)}`,
          { cause: e },
        );
      }
    },
  };
}
