/**
 * The built-in scenarios are files (issue 12): each is one scenario
 * document, src/core/scenario/library/<id>.json, and adding a scenario is
 * adding a file. Every file of the folder is read here straight from disk,
 * so a file dropped in with a broken document fails these tests (and the
 * build, whose card import reads the same file).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioTexts, registerScenarioTexts } from '../../src/core/i18n/scenarios';
import { ENDINGS, playDemo } from '../../src/core/scam/demo';
import { checkScenario } from '../../src/core/scenario/check';
import {
  BUILT_IN_CARDS,
  BUILT_IN_IDS,
  builtInCard,
  isBuiltInScenario,
  loadScenario,
} from '../../src/core/scenario/library';
import { ScenarioRun } from '../../src/core/scenario/run';
import { cardOf } from '../../scripts/vite-scenario-cards.mjs';
import { builtInFiles, LIBRARY } from '../support/builtins';

const FILES = builtInFiles();

describe('every file of src/core/scenario/library/', () => {
  it('is there: twenty built-ins, each a JSON file named by its id', () => {
    expect(FILES.length).toBe(20);
    for (const f of FILES) expect(f.name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each(FILES.map((f) => [f.name, f] as const))(
    '%s.json: a scenario document with no problems, every demo ending played headless',
    (name, file) => {
      // The whole check: shape, references, texts, and each demo played to its ending.
      expect(checkScenario(file.json, { builtIn: true })).toEqual([]);
      const doc = file.json as { scenario: { id: string; number?: number } };
      expect(doc.scenario.id, 'the id is the file’s name').toBe(name);
      expect(doc.scenario.number, 'a built-in has its place in the picker').toBeGreaterThan(0);
      // As a trainer's document the same file is refused: its id is a built-in's.
      expect(checkScenario(file.json).map((p) => p.path)).toEqual(['scenario.id']);
    },
  );

  it('is formatted as prettier writes JSON (two spaces, one item a line, a final newline)', () => {
    for (const f of FILES) {
      const text = readFileSync(f.path, 'utf8');
      expect(text.endsWith('}\n'), f.name).toBe(true);
      expect(JSON.stringify(JSON.parse(text)), f.name).toBe(JSON.stringify(f.json));
    }
  });

  it('numbers the picker 1, 2, 3 … with no gap and no number twice', () => {
    const numbers = FILES.map((f) => (f.json as { scenario: { number: number } }).scenario.number);
    expect([...numbers].sort((a, b) => a - b)).toEqual(FILES.map((_, i) => i + 1));
  });
});

describe('the registry is the folder', () => {
  it('finds every file and nothing else, in the picker’s order', () => {
    const byNumber = [...FILES].sort(
      (a, b) =>
        (a.json as { scenario: { number: number } }).scenario.number -
        (b.json as { scenario: { number: number } }).scenario.number,
    );
    expect(BUILT_IN_IDS).toEqual(byNumber.map((f) => f.name));
    for (const f of FILES) expect(isBuiltInScenario(f.name), f.name).toBe(true);
    for (const id of ['my-scam-call', 'scam', '', '__proto__', 'constructor', 'library/index']) {
      expect(isBuiltInScenario(id), id).toBe(false);
    }
  });

  it('shows each card from its file’s fields alone: title, summary, objectives, minutes, number, flow, demo', () => {
    for (const f of FILES) {
      const doc = f.json as {
        scenario: { id: string; number: number; flow: string; minutes: number; demo?: unknown };
        texts: { en: { title: string; summary: string; objectives: string[] } };
      };
      expect(builtInCard(f.name)).toEqual({
        id: f.name,
        number: doc.scenario.number,
        flow: doc.scenario.flow,
        minutes: doc.scenario.minutes,
        hasDemo: doc.scenario.demo !== undefined,
        title: doc.texts.en.title,
        summary: doc.texts.en.summary,
        objectives: doc.texts.en.objectives,
      });
    }
    expect(BUILT_IN_CARDS.map((c) => c.id)).toEqual(BUILT_IN_IDS);
    expect(builtInCard('my-scam-call')).toBeUndefined();
  });

  it('loads a built-in as its file says, and refuses an id that has no file', async () => {
    for (const f of FILES) {
      const doc = f.json as { scenario: { demo?: Record<string, unknown> } };
      const scenario = await loadScenario(f.name);
      expect(scenario.id).toBe(f.name);
      for (const ending of scenario.demo ? ENDINGS : []) {
        const run = new ScenarioRun(scenario, { seed: 5 });
        playDemo(run, scenario.demo![ending]);
        expect(run.debrief().outcome, `${f.name} ${ending}`).toBe(ending);
      }
      expect(scenario.demo === undefined).toBe(doc.scenario.demo === undefined);
      expect(await loadScenarioTexts(f.name)).toEqual(
        (f.json as { texts: { en: unknown } }).texts.en,
      );
    }
    await expect(loadScenario('my-scam-call')).rejects.toThrow(
      'There is no built-in scenario "my-scam-call".',
    );
  });

  it('never lets a trainer’s texts replace a built-in’s', () => {
    const texts = {
      title: 'Mine',
      summary: 'Mine.',
      objectives: ['Mine.'],
      rightMoves: ['Mine.'],
      beats: {},
      decisions: {},
      calls: {},
      subjects: {},
    };
    for (const f of FILES) {
      expect(() => registerScenarioTexts(f.name, texts)).toThrow(`${f.name} is built in`);
    }
  });
});

describe('a broken file is caught', () => {
  it('checkScenario reports a broken built-in document, as the test over the folder would', () => {
    const good = FILES.find((f) => f.name === 'scam-call')!.json as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const broken = JSON.parse(JSON.stringify(good)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    broken.scenario.demo.foiled = broken.scenario.demo['taken-over'];
    delete broken.scenario.number;
    const problems = checkScenario(broken, { builtIn: true }).map((p) => p.path);
    expect(problems).toContain('scenario.number');
    expect(LIBRARY).toMatch(/src\/core\/scenario\/library\/$/);
  });

  it('the card import refuses a file whose card fields are wrong, naming the field', () => {
    const good = FILES.find((f) => f.name === 'checkout')!.json as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const noTitle = JSON.parse(JSON.stringify(good)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    delete noTitle.texts.en.title;
    expect(() => cardOf(noTitle)).toThrow('texts.en.title must be a text');
    expect(() => cardOf({})).toThrow('scenario.flow must be a text');
    expect(() => cardOf({ ...good, scenario: { ...good.scenario, number: 0 } })).toThrow(
      'scenario.number must be a whole number from 1',
    );
  });
});
