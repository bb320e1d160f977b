// Issue 11: each red flag quotes the words (or names the cue) that carried it, and a learner can
// mark a flag by selecting those words. Expected values come from the rule and the
// scenarios' own texts (a quote must be there word for word), not from flagsInSelection.
import { describe, expect, it } from 'vitest';
import { loadScenarioCatalogue } from '../../src/core/i18n/scenarios';
import type { ScenarioTexts } from '../../src/core/i18n/scenarios';
import { cueKey, flagCue, flagsInSelection, MIN_SELECTION } from '../../src/core/scam/cues';
import type { FlagCues } from '../../src/core/scam/cues';
import { RED_FLAGS } from '../../src/core/scam/flags';
import type { RedFlag } from '../../src/core/scam/flags';
import { loadScenario } from '../../src/core/scenario/library';
import { SCENARIO_IDS } from '../support/builtins';
import { ScenarioRun } from '../../src/core/scenario/run';
import type { Scenario } from '../../src/core/scenario/types';

const TEXTS = (await loadScenarioCatalogue()) as unknown as Record<string, ScenarioTexts>;
const SCENARIOS: Scenario[] = await Promise.all(SCENARIO_IDS.map((id) => loadScenario(id)));

/** Every item of a scenario that carries flags, by cue key, with the words a learner sees. */
function flaggedItems(s: Scenario): { key: string; flags: readonly RedFlag[]; words: string }[] {
  const texts = TEXTS[s.id]!;
  const items = s.beats
    .filter((b) => (b.flags ?? []).length > 0)
    .map((b) => ({
      key: b.id,
      flags: b.flags ?? [],
      words: b.kind === 'call' ? (texts.calls[b.id] ?? []).join('\n') : (texts.beats[b.id] ?? ''),
    }));
  if (s.pageFlags?.length)
    items.push({ key: 'page', flags: s.pageFlags, words: s.page?.url ?? '' });
  // The code message is composed by the engine: its cues are said in words, never quoted.
  if (s.codeFlags?.length) items.push({ key: 'code', flags: s.codeFlags, words: '' });
  return items;
}

describe('every red flag in every scenario has its cue', () => {
  const flagged = SCENARIOS.filter((s) => flaggedItems(s).length > 0);

  it('there are scenarios with flags to check', () => {
    expect(flagged.length).toBeGreaterThanOrEqual(7);
  });

  it.each(flagged.map((s) => [s.id, s] as const))('%s', (_id, s) => {
    const cues = TEXTS[s.id]!.cues;
    for (const item of flaggedItems(s)) {
      for (const flag of item.flags) {
        const cue = cues?.[item.key]?.[flag];
        expect(cue, `${item.key} / ${flag}`).toBeDefined();
        if (cue && 'quote' in cue) {
          // Word for word, so the learner can select it where it is shown.
          expect(item.words, `${item.key} / ${flag}`).toContain(cue.quote);
          expect(cue.quote.length).toBeGreaterThanOrEqual(MIN_SELECTION);
        } else {
          expect(cue && 'cue' in cue && cue.cue.trim().length > 0).toBe(true);
        }
      }
      // No cue for a flag that is not there: it would teach a false lesson.
      for (const flag of Object.keys(cues?.[item.key] ?? {})) {
        expect(item.flags, `${item.key} has a cue for ${flag}`).toContain(flag);
      }
    }
    // And no cues for items that carry no flags.
    const keys = new Set(flaggedItems(s).map((i) => i.key));
    for (const key of Object.keys(cues ?? {})) expect(keys, key).toContain(key);
  });

  it('an item with words to point at has at least one quoted flag, so selecting can work', () => {
    for (const s of flagged) {
      for (const item of flaggedItems(s).filter((i) => i.words && i.key !== 'page')) {
        const quoted = item.flags.filter((f) => {
          const cue = TEXTS[s.id]!.cues?.[item.key]?.[f];
          return cue && 'quote' in cue;
        });
        expect(quoted.length, `${s.id} ${item.key}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('flagsInSelection: selecting the words that carry a flag', () => {
  const cues: FlagCues = {
    'alert-text': {
      'asks-for-code': { quote: 'reply to this message with the 6-digit code' },
      urgency: { quote: 'Accounts not verified within 30 minutes will be closed' },
      'unexpected-contact': { cue: 'A text you did not expect.' },
    },
  };
  const item = 'beat-alert-text';
  const flags: RedFlag[] = ['asks-for-code', 'urgency', 'unexpected-contact'];
  const find = (selection: string) => flagsInSelection(cues, item, flags, selection);

  it('the quote itself', () => {
    expect(find('reply to this message with the 6-digit code')).toEqual(['asks-for-code']);
  });
  it('a part of it, any case, other spacing', () => {
    expect(find('WITH THE 6-DIGIT   code')).toEqual(['asks-for-code']);
    expect(find('30 minutes')).toEqual(['urgency']);
  });
  it('the quote with a few words around it', () => {
    expect(find('then reply to this message with the 6-digit code we send you')).toEqual([
      'asks-for-code',
    ]);
  });
  it('words that run across the start of the quote', () => {
    expect(find('unknown device was stopped. To keep your account open, reply to this')).toEqual(
      [],
    );
    expect(find('open, reply to this message')).toEqual(['asks-for-code']);
  });
  it('a whole message points at nothing', () => {
    const whole =
      'LARKSPUR SECURITY: a sign-in was stopped. To keep your account open, reply to this message with the 6-digit code we send you next. Accounts not verified within 30 minutes will be closed.';
    expect(find(whole)).toEqual([]);
  });
  it(`fewer than ${MIN_SELECTION} characters, or words that carry no flag, find nothing`, () => {
    expect(find('the')).toEqual([]);
    expect(find('LARKSPUR SECURITY')).toEqual([]);
  });
  it('a cue said in words cannot be selected', () => {
    expect(find('A text you did not expect.')).toEqual([]);
  });
  it('curly and straight apostrophes are the same', () => {
    const c: FlagCues = { call: { urgency: { quote: 'the van’s system locks' } } };
    expect(flagsInSelection(c, 'call-call', ['urgency'], "van's system")).toEqual(['urgency']);
  });
  it('cue keys: a beat or call by its id, the page, and the code message', () => {
    expect(cueKey('beat-alert-text')).toBe('alert-text');
    expect(cueKey('call-agent-call')).toBe('agent-call');
    expect(cueKey('page')).toBe('page');
    expect(cueKey('scam-reply-attacker-0')).toBe('code');
    expect(flagCue(cues, item, 'urgency')).toEqual(cues['alert-text']!.urgency);
    expect(flagCue(cues, item, 'look-alike')).toBeNull();
  });
});

describe('ScenarioRun.markSelection', () => {
  it('marks the flag whose words were selected, counts it found, never unmarks', async () => {
    const s = await loadScenario('scam-reply');
    const run = new ScenarioRun(s, { seed: 3 });
    const cues = TEXTS['scam-reply']!.cues;
    run.advance(10_000);
    const item = run.items().find((i) => cueKey(i) === 'alert-text');
    expect(item).toBeDefined();
    if (!item) return;
    expect(run.markSelection(item, 'reply to this message with the 6-digit code', cues)).toEqual([
      'asks-for-code',
    ]);
    expect(run.state.marks[item]).toEqual(['asks-for-code']);
    // Selecting it again changes nothing (markFlag would toggle it off).
    run.markSelection(item, 'the 6-digit code', cues);
    expect(run.state.marks[item]).toEqual(['asks-for-code']);
    // Words with no flag mark nothing.
    expect(run.markSelection(item, 'LARKSPUR SECURITY', cues)).toEqual([]);
    expect(run.state.marks[item]).toEqual(['asks-for-code']);
    const found = run.debrief().redFlags.filter((f) => f.item === item && f.found);
    expect(found.map((f) => f.flag)).toEqual(['asks-for-code']);
  });

  it('an item the learner has not seen marks nothing', async () => {
    const s = await loadScenario('scam-reply');
    const run = new ScenarioRun(s, { seed: 3 });
    expect(
      run.markSelection('beat-alert-text', 'reply to this message', TEXTS['scam-reply']!.cues),
    ).toEqual([]);
    expect(run.state.marks).toEqual({});
  });

  it('only real flags: every RED_FLAGS name is known', () => {
    for (const s of SCENARIOS) {
      for (const key of Object.keys(TEXTS[s.id]!.cues ?? {})) {
        for (const flag of Object.keys(TEXTS[s.id]!.cues?.[key] ?? {})) {
          expect(RED_FLAGS).toContain(flag);
        }
      }
    }
  });
});
