/**
 * Scenario format 1.0 (issue 12, doc/scenarios.md): every built-in as a
 * document passes checkScenario, its demos played headless included, and
 * plays as a document exactly as the built-in does.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadedScenarioTexts, registerScenarioTexts } from '../../src/core/i18n/scenarios';
import { ENDINGS, playDemo } from '../../src/core/scam/demo';
import { checkScenario, parseScenarioDocument } from '../../src/core/scenario/check';
import { copyId, documentToScenario, scenarioToDocument } from '../../src/core/scenario/document';
import { loadScenario } from '../../src/core/scenario/library';
import { SCENARIO_IDS } from '../support/builtins';
import { ScenarioRun } from '../../src/core/scenario/run';

describe('every built-in as a document', () => {
  it.each(SCENARIO_IDS.map((id) => [id]))(
    '%s: no problems, and it plays as the built-in',
    async (id) => {
      const doc = await scenarioToDocument(id);
      expect(doc.scenario.id).toBe(copyId(id));
      expect(checkScenario(doc)).toEqual([]);
      const text = JSON.stringify(doc, null, 2);
      const parsed = parseScenarioDocument(text);
      expect(parsed.ok ? [] : parsed.problems).toEqual([]);
      const imported = documentToScenario(JSON.parse(text));
      if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
      const builtIn = await loadScenario(id);
      const same = (x: unknown) => JSON.stringify(x).replaceAll(copyId(id), id);
      for (const ending of builtIn.demo ? ENDINGS : []) {
        const a = new ScenarioRun(builtIn, { seed: 3 });
        const b = new ScenarioRun(imported.scenario, { seed: 3 });
        playDemo(a, builtIn.demo![ending]);
        playDemo(b, imported.scenario.demo![ending]);
        expect(b.debrief().outcome).toBe(ending);
        expect(same(b.debrief())).toBe(same(a.debrief()));
        expect(same(b.log)).toBe(same(a.log));
      }
      expect(loadedScenarioTexts(copyId(id))).toBeUndefined();
      imported.register();
      expect(loadedScenarioTexts(copyId(id))).toEqual(doc.texts.en);
      // A built-in's texts are never replaced.
      expect(() => registerScenarioTexts(id, imported.texts)).toThrow(`${id} is built in`);
    },
  );
});

describe('the worked example of doc/scenarios.md', () => {
  const text = readFileSync('doc/examples/scenario-example.json', 'utf8');

  it('passes checkScenario', () => {
    expect(checkScenario(JSON.parse(text))).toEqual([]);
  });

  it('plays each demo to its own ending, and its texts register under its id', () => {
    const imported = documentToScenario(JSON.parse(text));
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    const s = imported.scenario;
    expect(s.id).toBe('voucher-prize');
    for (const ending of ENDINGS) {
      const run = new ScenarioRun(s, { seed: 11 });
      playDemo(run, s.demo![ending]);
      expect(run.debrief().outcome).toBe(ending);
    }
    const careful = new ScenarioRun(s, { seed: 11 });
    playDemo(careful, s.demo!.foiled);
    // The careful learner found the three flags the foiled demo marks.
    expect(
      careful
        .debrief()
        .redFlags.filter((f) => f.found)
        .map((f) => f.flag),
    ).toEqual(['asks-for-code', 'urgency', 'purpose-mismatch']);
    imported.register();
    expect(loadedScenarioTexts('voucher-prize')?.title).toBe('Scam: the prize voucher');
  });
});
