/**
 * Issue 13: every scenario, the everyday ones too, carries what a trainer
 * says about it as a whole (`texts.en.talk`): a few sentences of notes and
 * two or three open questions for the room. The format (doc/scenarios.md)
 * makes `talk` optional for a trainer's own scenario, and holds it to its
 * limits: notes a text of 1 to 1,000 characters, questions a list of 2 to
 * 3 texts of 1 to 300 characters each, and no other field.
 */
import { describe, expect, it } from 'vitest';
import { loadScenarioTexts } from '../../src/core/i18n/scenarios';
import { checkScenario } from '../../src/core/scenario/check';
import { builtInFiles, builtInTexts } from '../support/builtins';

const FILES = builtInFiles();

interface Doc {
  scenario: { id: string };
  texts: { en: Record<string, unknown> & { talk?: Record<string, unknown> } };
  sources?: { en: Record<string, string[]> };
}

/** Sentences end at . ! ? (then a space, after an optional closing quote), as the reading grade counts them. */
const sentences = (text: string): string[] =>
  text.split(/(?<=[.!?…][”’")]?)\s+/).filter((s) => s.trim() !== '');

describe('every built-in scenario has its talk for trainers', () => {
  it('the library is every file of the folder, scams and everyday ones', () => {
    expect(FILES.length).toBe(20);
    expect(FILES.some((f) => f.name.startsWith('scam-'))).toBe(true);
    expect(FILES.some((f) => !f.name.startsWith('scam-'))).toBe(true);
  });

  it.each(FILES.map((f) => [f.name, f.json as Doc] as const))(
    '%s: notes of 2 to 4 sentences, 2 or 3 open questions, the notes’ sources cited',
    async (name, doc) => {
      const talk = builtInTexts(name).talk;
      expect(talk, `${name} has no talk`).toBeDefined();
      const { notes, questions } = talk!;
      expect(sentences(notes).length, notes).toBeGreaterThanOrEqual(2);
      expect(sentences(notes).length, notes).toBeLessThanOrEqual(4);
      expect(questions.length).toBeGreaterThanOrEqual(2);
      expect(questions.length).toBeLessThanOrEqual(3);
      for (const q of questions) expect(q, 'a question ends with "?"').toMatch(/\?$/);
      expect(new Set(questions).size, 'no question twice').toBe(questions.length);
      // Every factual sentence is traceable: the notes cite their sources (doc/sources.md).
      expect(doc.sources?.en['talk.notes']?.length ?? 0).toBeGreaterThan(0);
      // The views read it as the file holds it.
      expect((await loadScenarioTexts(name)).talk).toEqual(doc.texts.en.talk);
    },
  );
});

describe('the format holds talk to its rules', () => {
  const base = FILES.find((f) => f.name === 'new-device')!.json as Doc;

  /** `base` as a trainer's scenario (an id of its own), its talk replaced; `undefined` leaves it out. */
  function withTalk(talk: unknown): Doc {
    const doc = structuredClone(base);
    doc.scenario.id = 'my-new-device';
    if (talk === undefined) {
      delete doc.texts.en.talk;
      delete doc.sources?.en['talk.notes'];
    } else doc.texts.en.talk = talk as Record<string, unknown>;
    return doc;
  }
  const notes = 'Look in Spam first. Then ask for a new code.';
  const q = (n: number): string[] =>
    Array.from({ length: n }, (_, i) => `What would you do if code ${i + 1} never came?`);

  it('accepts 2 or 3 questions, and a scenario with no talk at all (it is optional)', () => {
    expect(checkScenario(withTalk({ notes, questions: q(2) }))).toEqual([]);
    expect(checkScenario(withTalk({ notes, questions: q(3) }))).toEqual([]);
    expect(checkScenario(withTalk(undefined))).toEqual([]);
  });

  it('refuses one question: at least 2', () => {
    expect(checkScenario(withTalk({ notes, questions: q(1) }))).toEqual([
      {
        path: 'texts.en.talk.questions',
        message: 'must hold at least 2 questions (it is a list of 1).',
      },
    ]);
  });

  it('refuses four questions: at most 3', () => {
    expect(checkScenario(withTalk({ notes, questions: q(4) }))).toEqual([
      {
        path: 'texts.en.talk.questions',
        message: 'must hold at most 3 questions (it is a list of 4).',
      },
    ]);
  });

  it('refuses empty notes, blank notes and notes over 1,000 characters', () => {
    expect(checkScenario(withTalk({ notes: '', questions: q(2) }))).toEqual([
      {
        path: 'texts.en.talk.notes',
        message: 'must be a text of 1 to 1000 characters (it is "").',
      },
    ]);
    expect(checkScenario(withTalk({ notes: '   ', questions: q(2) }))).toEqual([
      { path: 'texts.en.talk.notes', message: 'must not be blank (it is "   ").' },
    ]);
    const long = checkScenario(withTalk({ notes: 'a'.repeat(1_001), questions: q(2) }));
    expect(long.map((p) => p.path)).toEqual(['texts.en.talk.notes']);
    expect(long[0]!.message).toMatch(/^must be a text of 1 to 1000 characters \(it is "a+…?"\)\.$/);
    expect(checkScenario(withTalk({ notes: 'a'.repeat(1_000), questions: q(2) }))).toEqual([]);
  });

  it('refuses a question that is empty or over 300 characters, by its place in the list', () => {
    expect(checkScenario(withTalk({ notes, questions: ['Why?', ''] }))).toEqual([
      {
        path: 'texts.en.talk.questions[1]',
        message: 'must be a text of 1 to 300 characters (it is "").',
      },
    ]);
    const long = checkScenario(withTalk({ notes, questions: ['Why?', `${'a'.repeat(300)}?`] }));
    expect(long.map((p) => p.path)).toEqual(['texts.en.talk.questions[1]']);
    expect(long[0]!.message).toMatch(/^must be a text of 1 to 300 characters/);
  });

  it('refuses a field talk does not have, and a talk missing its questions', () => {
    expect(checkScenario(withTalk({ notes, questions: q(2), slides: 'deck.pdf' }))).toEqual([
      { path: 'texts.en.talk.slides', message: 'is not a field of the trainer’s talk.' },
    ]);
    expect(checkScenario(withTalk({ notes }))).toEqual([
      { path: 'texts.en.talk.questions', message: 'is missing.' },
    ]);
    expect(checkScenario(withTalk('Say hello.'))).toEqual([
      {
        path: 'texts.en.talk',
        message: 'must be the trainer’s talk, an object (it is "Say hello.").',
      },
    ]);
  });

  it('lets the sources cite the notes and each question by path, and nothing past the list', () => {
    const doc = withTalk({ notes, questions: q(2) });
    doc.sources!.en['talk.questions.1'] = ['take-five'];
    expect(checkScenario(doc)).toEqual([]);
    doc.sources!.en['talk.questions.2'] = ['take-five'];
    expect(checkScenario(doc).map((p) => p.path)).toEqual(['sources.en["talk.questions.2"]']);
  });
});
