/**
 * Issue 11, "No dead air, no spoilers": plain words a worried older reader
 * follows. Every learner-visible string is graded with the Flesch–Kincaid
 * grade level, 0.39 × words/sentences + 11.8 × syllables/words − 15.59
 * (Kincaid et al. 1975): the whole catalogue at grade 8 or below, and no
 * long sentence above grade 12. Play screens carry no standard citations
 * and no jargon; the few terms that stay are in doc/glossary.md.
 *
 * The strings are collected by walking every exported object of every
 * English catalogue file, so keys and files added later are graded too.
 * Syllables come from the `syllable` package and the formula from
 * `flesch-kincaid` (both by the same author, ESM, no install step).
 */
import { readFileSync } from 'node:fs';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { describe, expect, it } from 'vitest';
import { builtInDocument, SCENARIO_IDS } from '../support/builtins';

interface Text {
  /** Where it lives: file, export and key path. */
  where: string;
  text: string;
}

/** Every string under `root`, with its key path. */
function strings(root: unknown, where: string): Text[] {
  if (typeof root === 'string') return [{ where, text: root }];
  if (root === null || typeof root !== 'object') return [];
  return Object.entries(root).flatMap(([k, v]) => strings(v, `${where}.${k}`));
}

/**
 * The catalogues, by file, and each built-in scenario's texts (its card
 * included) from its file, src/core/scenario/library/<id>.json. The
 * `sources` maps (source keys, not words) are left out.
 */
const CORE = import.meta.glob<Record<string, unknown>>('../../src/core/i18n/en*.ts', {
  eager: true,
});
const SCENARIOS: Record<string, Record<string, unknown>> = Object.fromEntries(
  SCENARIO_IDS.map((id) => [
    `../../src/core/scenario/library/${id}.ts`,
    { texts: builtInDocument(id).texts.en },
  ]),
);
/**
 * The view's catalogues: every `en.ts` and `*.en.ts` under src/ui
 * (src/ui/i18n/en.ts and the texts beside each view). The developer
 * workbench (src/ui/workbench/) is left out: it is for developers, on its
 * own page, and names machine states and events on purpose.
 */
const VIEW = import.meta.glob<Record<string, unknown>>(
  ['../../src/ui/**/en.ts', '../../src/ui/**/*.en.ts', '!../../src/ui/workbench/**'],
  { eager: true },
);

function collect(modules: Record<string, Record<string, unknown>>): Text[] {
  return Object.entries(modules).flatMap(([file, mod]) => {
    const name = file.replace(/^.*\/src\//, '').replace(/\.ts$/, '');
    return Object.entries(mod)
      .filter(([exported]) => !/sources/i.test(exported))
      .flatMap(([exported, value]) => strings(value, `${name}:${exported}`));
  });
}

const CATALOGUE: Text[] = [...collect(CORE), ...collect(SCENARIOS), ...collect(VIEW)];

// ---------------------------------------------------------------------------
// Grading

/**
 * What a reader reads: a `{name}` slot becomes a plain one-syllable word (a
 * value is a name, a time or a sum), and a Markdown link keeps its label.
 */
function readable(text: string): string {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\{\w+\}/g, 'this');
}

/** Sentences end at . ! ? (then a space, a quote or the end) or a line break; a label is one sentence. */
function sentencesOf(text: string): string[] {
  return readable(text)
    .split(/(?<=[.!?…][”’")]?)\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/**
 * A web or email address (larkspur.example, sam@fern.example): read as one
 * name, whatever its length, like a figure. Whether a reader checks it is
 * what the scams teach; its letters are not a measure of plain words.
 */
const ADDRESS = /@|:\/\/|\p{L}\.\p{L}/u;

/**
 * Words are runs between spaces and dashes that hold a letter or a digit. A
 * figure with no letters (a price, a time, a phone number) counts as one word
 * of one syllable, and so does an address (above): each is read as a unit.
 */
function wordsOf(sentence: string): string[] {
  return sentence.split(/[\s—–]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

function syllablesOf(word: string): number {
  if (!/\p{L}/u.test(word) || ADDRESS.test(word)) return 1;
  return Math.max(1, syllable(word.replace(/[’']/g, "'")));
}

interface Counts {
  sentence: number;
  word: number;
  syllable: number;
}

function count(text: string): Counts {
  const sentences = sentencesOf(text);
  const words = sentences.flatMap(wordsOf);
  return {
    sentence: sentences.length,
    word: words.length,
    syllable: words.reduce((sum, w) => sum + syllablesOf(w), 0),
  };
}

function add(a: Counts, b: Counts): Counts {
  return {
    sentence: a.sentence + b.sentence,
    word: a.word + b.word,
    syllable: a.syllable + b.syllable,
  };
}

function grade(c: Counts): number {
  return fleschKincaid({ sentence: c.sentence, word: c.word, syllable: c.syllable });
}

const round = (n: number): number => Math.round(n * 10) / 10;

/** The `n` hardest of `texts` by their grade, as lines for a failure message. */
function worst(texts: { where: string; text: string; grade: number }[], n = 10): string {
  return [...texts]
    .sort((a, b) => b.grade - a.grade)
    .slice(0, n)
    .map((t) => `  ${round(t.grade)}  ${t.where}: ${t.text}`)
    .join('\n');
}

/** The ceilings (issue 11: grade 8 or below; no long sentence past grade 12). */
const CATALOGUE_CEILING = 8;
const SENTENCE_CEILING = 12;
/**
 * Flesch–Kincaid is a measure of running text: on a label of two or three
 * words one long word swings it past 20 ("Authenticator app"), so a
 * sentence is held to the ceiling from this many words. Shorter ones still
 * count in the catalogue's grade, and the jargon test below covers their words.
 */
const SENTENCE_MIN_WORDS = 8;

function sentenceGrades(texts: Text[]): { where: string; text: string; grade: number }[] {
  return texts.flatMap(({ where, text }) =>
    sentencesOf(text)
      .map((s) => ({ where, text: s, counts: count(s) }))
      .filter((s) => s.counts.word >= SENTENCE_MIN_WORDS)
      .map((s) => ({ where: s.where, text: s.text, grade: grade(s.counts) })),
  );
}

function catalogueGrade(texts: Text[]): number {
  return grade(texts.map((t) => count(t.text)).reduce(add));
}

describe('the grading itself', () => {
  it('reproduces published Flesch–Kincaid examples', () => {
    // Six one-syllable words in one sentence: 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45.
    expect(count('The cat sat on the mat.')).toEqual({ sentence: 1, word: 6, syllable: 6 });
    expect(grade(count('The cat sat on the mat.'))).toBeCloseTo(-1.45, 2);
    // Wikipedia, "Flesch–Kincaid readability tests": 13 words, 24 syllables,
    // reading ease 37.5, grade 11.3. The counter may differ by a syllable
    // or two on "Australian" and "reptilian"; the grade stays within one.
    const platypus = count(
      'The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.',
    );
    expect(platypus.word).toBe(13);
    expect(platypus.syllable).toBeGreaterThanOrEqual(24);
    expect(platypus.syllable).toBeLessThanOrEqual(26);
    expect(Math.abs(grade(platypus) - 11.3)).toBeLessThan(1.9);
  });

  it('counts words, sentences and slots as a reader meets them', () => {
    expect(sentencesOf('Hang up. Call back! Is it you? Yes')).toHaveLength(4);
    expect(sentencesOf('Go to larkspur.example/security now.')).toHaveLength(1);
    expect(sentencesOf('It costs £1,299.00 today.')).toHaveLength(1);
    expect(readable('Use {code} at [the site](https://x.example).')).toBe('Use this at the site.');
    expect(wordsOf('It costs £1,299.00 — call 0300 123 2040.')).toHaveLength(7);
    expect(syllablesOf('larkspur-verify.example/account')).toBe(1);
    expect(syllablesOf('Australian')).toBeGreaterThan(1);
    expect(syllablesOf('2040')).toBe(1);
  });

  it('finds a planted hard sentence among easy ones (the test can fail)', () => {
    const planted: Text = {
      where: 'planted',
      text: 'Authentication intermediaries relaying verification credentials facilitate unauthorised account compromise notwithstanding organisational mitigations.',
    };
    const easy: Text = { where: 'easy', text: 'Hang up and call the shop yourself.' };
    expect(sentenceGrades([easy])).toEqual([]);
    expect(sentenceGrades([easy, planted]).filter((s) => s.grade > SENTENCE_CEILING)).toHaveLength(
      1,
    );
    expect(catalogueGrade(Array(20).fill(planted) as Text[])).toBeGreaterThan(CATALOGUE_CEILING);
  });
});

describe('reading grade of every learner-visible string', () => {
  it('collects every catalogue, the scenarios’ and the views’ (the workbench left out)', () => {
    const files = new Set(CATALOGUE.map((t) => t.where.split(':')[0] ?? ''));
    expect(files).toContain('core/i18n/en');
    expect(files).toContain('core/i18n/en-seat');
    expect(files).toContain('core/scenario/library/scam-call');
    expect(files).toContain('ui/i18n/en');
    expect(files).toContain('ui/i18n/views.en');
    expect(files).toContain('ui/scam/text.en');
    expect([...files].filter((f) => f.includes('workbench'))).toEqual([]);
    expect(CATALOGUE.filter((t) => /sources/.test(t.where))).toEqual([]);
    expect(CATALOGUE.length).toBeGreaterThan(500);
  });

  it(`the whole catalogue reads at grade ${CATALOGUE_CEILING} or below`, () => {
    const g = catalogueGrade(CATALOGUE);
    if (process.env.READING_GRADE_REPORT) {
      const prose = CATALOGUE.filter((t) => count(t.text).word >= SENTENCE_MIN_WORDS);
      const all = CATALOGUE.map((t) => count(t.text)).reduce(add);
      console.log(
        `catalogue: ${CATALOGUE.length} strings, ${all.sentence} sentences, ${all.word} words, grade ${round(g)}; ` +
          `the ${prose.length} strings of ${SENTENCE_MIN_WORDS}+ words: grade ${round(catalogueGrade(prose))}; ` +
          `play screens: grade ${round(catalogueGrade(CATALOGUE.filter((t) => isPlay(t.where))))}`,
      );
    }
    const graded = CATALOGUE.filter((t) => count(t.text).word >= SENTENCE_MIN_WORDS).map((t) => ({
      ...t,
      grade: grade(count(t.text)),
    }));
    expect(
      g,
      `The catalogue reads at grade ${round(g)}. Its 10 hardest strings:\n${worst(graded)}`,
    ).toBeLessThanOrEqual(CATALOGUE_CEILING);
  });

  it(`its prose (every string of ${SENTENCE_MIN_WORDS} words or more) reads at grade ${CATALOGUE_CEILING} or below too`, () => {
    // The labels ("Play", "Send") pull the whole catalogue's grade down; the
    // sentences a learner has to follow are held to the same ceiling alone.
    const prose = CATALOGUE.filter((t) => count(t.text).word >= SENTENCE_MIN_WORDS);
    const graded = prose.map((t) => ({ ...t, grade: grade(count(t.text)) }));
    const g = catalogueGrade(prose);
    expect(
      g,
      `The prose reads at grade ${round(g)}. Its 10 hardest strings:\n${worst(graded)}`,
    ).toBeLessThanOrEqual(CATALOGUE_CEILING);
  });

  it(`no sentence of ${SENTENCE_MIN_WORDS} words or more reads above grade ${SENTENCE_CEILING}`, () => {
    const grades = sentenceGrades(CATALOGUE);
    const over = grades.filter((s) => s.grade > SENTENCE_CEILING);
    expect(
      over.map((s) => `${round(s.grade)} ${s.where}: ${s.text}`),
      `Hardest sentences:\n${worst(grades)}`,
    ).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// Jargon on play screens

/**
 * Which strings a learner reads while playing. Where each part is shown:
 * - core/i18n/en: `purpose`, `message`, `notYou` and
 *   `purposeShort` in the code messages on the phone and in the inbox;
 *   `outcome` and `reason` under the shop's "What just happened" (and in the
 *   debrief's timeline); `redFlag` beside each message, call and page, and in
 *   the debrief; `loot`, `trigger` and `giveUp` in the attacker's console at
 *   the end of a scam's debrief; `report` in the debrief. `rule` is the
 *   standards list (the debrief's closed "How it works" and Settings):
 *   left out, it names the rules' sources on purpose.
 * - core/scenario/library/*: title, summary and objectives on the picker
 *   and the scenario; beats, calls, subjects and decisions in play;
 *   rightMoves in the debrief. `notes` are speaker notes, read by a trainer
 *   in presenter mode and shown under "Both sides": left out (below).
 * - core/i18n/en-seat and ui/scam/seat.text.en: the attacker's seat. The
 *   picker offers it to everyone ("Play the attacker") and the README lists
 *   it among what learners do, so it counts as play: it names the person
 *   on the other end, not "the target", and "stories", not "pretexts".
 * - ui/i18n/en and ui/i18n/views.en: the picker; the scenario view, Settings
 *   and the debrief.
 *   Settings' list of published rules and its presets ("NIST …") are the
 *   standards list: left out.
 * - ui/scam/text.en (flags, replies, calls, the look-alike page, the scam
 *   debrief and the console in it), ui/scenario/status.text.en and
 *   ui/present/share-text.en (the picker's demo and seat links, share-link
 *   notices): play.
 * - ui/present/text.en: presenter mode and "Both sides", a trainer's screens
 *   in front of a room, not a learner's play: left out, like the speaker
 *   notes. They are graded for reading level all the same.
 */
const NOT_PLAY: RegExp[] = [
  /^core\/i18n\/en:en\.rule\./,
  /^core\/scenario\/library\/[\w-]+:texts\.notes\./,
  /^ui\/i18n\/views\.en:views\.(?:preset\.|settings\.(?:rules|meets|breaks)$)/,
  /^ui\/present\/text\.en:/,
];

function isPlay(where: string): boolean {
  return !NOT_PLAY.some((re) => re.test(where));
}

const PLAY = CATALOGUE.filter((t) => isPlay(t.where));

/**
 * Words a learner should not meet while playing (issue 11 names "pretext",
 * "relay", "target" and "policy"), each with why and what is said instead.
 */
const JARGON: { term: string; re: RegExp; why: string }[] = [
  { term: 'pretext', re: /\bpretexts?\b/i, why: 'the attacker’s word: say "story"' },
  {
    term: 'relay',
    re: /\brelay(?:s|ed|ing)?\b/i,
    why: 'engineers’ word: say "type in" or "pass on"',
  },
  { term: 'target', re: /\btargets?\b/i, why: 'attack word for a person: say "you" or their name' },
  {
    term: 'policy',
    re: /\bpolic(?:y|ies)\b/i,
    why: 'the engine’s word: say "how strict the shop is"',
  },
  {
    term: 'OTP',
    re: /\bOTPs?\b(?! Sandbox)/,
    why: 'an acronym: say "code" or "one-time passcode" ("OTP Sandbox", the app’s name, stays: see the glossary)',
  },
  {
    term: 'one-time password',
    re: /\bone-time passwords?\b/i,
    why: 'say "one-time passcode" or "code"',
  },
  { term: '2FA', re: /\b2FA\b/i, why: 'an acronym: say "two-step verification"' },
  { term: 'MFA', re: /\bMFA\b/, why: 'an acronym: say "two-step verification"' },
  { term: 'TOTP', re: /\b[TH]OTP\b/, why: 'an algorithm’s name: say "authenticator app code"' },
  { term: 'RFC', re: /\bRFC\b/, why: 'a standard citation: in "How it works" only' },
  { term: 'NIST', re: /\bNIST\b/, why: 'a standard citation: in "How it works" only' },
  {
    term: 'OWASP',
    re: /\bOWASP\b|\bASVS\b|Cheat Sheet/,
    why: 'a standard citation: in "How it works" only',
  },
  { term: '§', re: /§|\bSP 800-63/, why: 'a clause of a standard: in "How it works" only' },
  {
    term: '(source)',
    re: /\([^()]*\b(?:FTC|Which\?|Take Five|Watchdog|NCSC|Action Fraud|guidance|alerts?)\b[^()]*\)/,
    why: 'a source in brackets: the catalogues cite by key (doc/sources.md), the learner reads the advice',
  },
  {
    term: 'phishing',
    re: /\bphish(?:ing|ed|er)?\b/i,
    why: 'jargon: say "look-alike page" or "scam"',
  },
  {
    term: 'credentials',
    re: /\bcredentials?\b/i,
    why: 'jargon: say "password" or "email and password"',
  },
  { term: 'brute force', re: /\bbrute[- ]forc/i, why: 'jargon: say "guessing every code"' },
  { term: 'throttling', re: /\bthrottl/i, why: 'jargon: say "a wait after wrong codes"' },
  {
    term: 'authenticate',
    re: /\bauthenticat(?:e|es|ed|ion)\b/i,
    why: 'jargon: say "check it is you"',
  },
];

describe('no jargon or standard citations on play screens', () => {
  it('the play screens are most of the catalogue, and the left-out parts exist', () => {
    expect(PLAY.length).toBeGreaterThan(CATALOGUE.length * 0.75);
    for (const re of NOT_PLAY) {
      expect(
        CATALOGUE.some((t) => re.test(t.where)),
        String(re),
      ).toBe(true);
    }
  });

  it.each(JARGON.map((j) => [j.term, j] as const))('no play string says %s', (_term, j) => {
    // Slots are filled first: `{policy}` is a value's name, not a word on screen.
    const hits = PLAY.filter((t) => j.re.test(readable(t.text))).map(
      (t) => `${t.where}: ${t.text}`,
    );
    expect(hits, `${j.term}: ${j.why}`).toEqual([]);
  });

  it('each jargon check catches its term (planted)', () => {
    const planted: Record<string, string> = {
      pretext: 'Pick a pretext.',
      relay: 'The attacker relayed the code.',
      target: 'The target reads it out.',
      policy: 'This policy never locks.',
      OTP: 'Your OTP is 123456.',
      'one-time password': 'Your one-time password.',
      '2FA': 'Turn on 2FA.',
      MFA: 'Turn on MFA.',
      TOTP: 'A TOTP code.',
      RFC: 'See RFC 6238.',
      NIST: 'As NIST says.',
      OWASP: 'OWASP ASVS V6.6.2.',
      '§': 'See §3.2.2.',
      '(source)': 'Never share it (US FTC).',
      phishing: 'A phishing page.',
      credentials: 'Leaked credentials.',
      'brute force': 'Brute force fails.',
      throttling: 'Throttling slows it.',
      authenticate: 'Email is not used to authenticate.',
    };
    for (const j of JARGON) expect(j.re.test(planted[j.term]!), j.term).toBe(true);
    // The app's own name stays.
    expect(JARGON.some((j) => j.re.test('OTP Sandbox'))).toBe(false);
  });
});

// ---------------------------------------------------------------------------
// The glossary

/**
 * The terms that stay on play screens although an everyday reader may not
 * know them: each is explained in doc/glossary.md, and each is used on a
 * play screen (so the glossary lists nothing stale).
 */
const TERMS: { term: string; re: RegExp }[] = [
  { term: 'OTP Sandbox', re: /\bOTP Sandbox\b/ },
  { term: 'code', re: /\bcodes?\b/i },
  { term: 'one-time passcode', re: /\bone-time passcodes?\b/i },
  { term: 'sign in', re: /\bsign(?:ing|s)?[- ]in\b/i },
  { term: 'two-step sign-in', re: /\btwo-step\b/i },
  { term: 'scam', re: /\bscams?\b/i },
  { term: 'scammer', re: /\bscammers?\b/i },
  { term: 'red flag', re: /\bred flags?\b/i },
  { term: 'look-alike', re: /\blook-alike\b/i },
  { term: 'web address', re: /\baddress\b/i },
  { term: 'domain', re: /\bdomains?\b/i },
  { term: 'authenticator app', re: /\bauthenticator\b/i },
  { term: 'secret', re: /\bsecret\b/i },
  { term: 'QR code', re: /\bQR code\b/ },
  { term: 'SIM', re: /\bSIM\b/ },
  { term: 'passkey', re: /\bpasskeys?\b/i },
  { term: 'caller ID', re: /\bcaller ID\b/ },
  { term: 'Spam', re: /\bspam\b/i },
  { term: 'leaked password', re: /\bleaked\b/i },
  { term: 'breach', re: /\bbreach\b/i },
  { term: 'lockout', re: /\blockout\b/i },
  { term: 'locked', re: /\blocked\b/i },
  { term: '7726', re: /\b7726\b/ },
  { term: 'debrief', re: /\bdebrief\b/i },
  { term: 'simulated', re: /\bsimulated\b/i },
  { term: 'seed', re: /\bseed\b/i },
];

/** The terms doc/glossary.md explains: the bold words that open each item. */
function glossaryTerms(doc: string): string[] {
  return [...doc.matchAll(/^- (.*)$/gm)].flatMap((m) =>
    [...m[1]!.split(/:\s/)[0]!.matchAll(/\*\*([^*]+)\*\*/g)].map((b) => b[1]!),
  );
}

describe('doc/glossary.md', () => {
  const GLOSSARY = glossaryTerms(readFileSync('doc/glossary.md', 'utf8'));

  it('explains every term the jargon test lets stay, and no other', () => {
    expect(GLOSSARY.filter((t) => !TERMS.some((x) => x.term === t))).toEqual([]);
    expect(TERMS.map((t) => t.term).filter((t) => !GLOSSARY.includes(t))).toEqual([]);
  });

  it.each(TERMS.map((t) => [t.term, t] as const))('"%s" is used on a play screen', (_t, term) => {
    expect(PLAY.some((t) => term.re.test(t.text))).toBe(true);
  });

  it('lets none of the jargon back in', () => {
    for (const { term } of TERMS) {
      expect(
        JARGON.filter((j) => j.re.test(term)).map((j) => j.term),
        term,
      ).toEqual([]);
    }
  });
});
