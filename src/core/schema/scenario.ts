import * as v from 'valibot';
import { RULE_IDS } from '../policy';
import { PRESET_IDS } from '../presets';
import { CHANNELS } from '../purpose';
import { SITUATION_CHANNELS, VERDICTS } from '../quiz/situations';
import { RED_FLAGS } from '../scam/flags';
import type { RedFlag } from '../scam/flags';
import { SHARE_VIAS } from '../scam/types';
import { isPlainObject } from './issues';
import { MAX_ID, SLUG, listOf, oneOf, strict, text, whole } from './parts';
import { EnrolmentSchema, FATES, MoneySchema, PurposeSchema } from './trace';

/**
 * The scenario format 1.0 (doc/scenarios.md): one JSON document holding a
 * scenario's data (src/core/scenario/types.ts) and its English texts, as a
 * trainer writes it. This module is its shape, field by field: every object
 * is strict, every text and list has a limit, ids are slugs, times are whole
 * ms. What one field says about another (a decision's beat exists, times
 * are in order, every beat has its words, each demo reaches its ending) is
 * checked by `checkScenario` (src/core/scenario/check.ts), which runs this
 * schema first. doc/scenario.schema.json is generated from it
 * (`npm run scenario:schema`).
 */

export const SCENARIO_FORMAT = 'otp-sandbox-scenario';
export const SCENARIO_FORMAT_VERSION = '1.0';
/** A built-in scenario is under 20 kB as a document; a larger file is refused before parsing. */
export const MAX_SCENARIO_BYTES = 200_000;
/** A document nests 7 levels deep (texts.en.cues.<item>.<flag>.quote); more is not a scenario. */
export const MAX_SCENARIO_DEPTH = 10;
export const MAX_MINUTES = 60;
export const MAX_BEATS = 30;
export const MAX_DECISIONS = 10;
export const MAX_CHOICES = 6;
export const MAX_DEMO_STEPS = 60;
export const MAX_LINES = 20;
export const MAX_LIST = 10;
/** A trainer's scenario adds at most this many situations to a round of "Real or scam?" (8 to 12). */
export const MAX_SITUATIONS = 4;
export { MAX_ID } from './parts';

/** Names that would reach an object's prototype if used as keys; never an id. */
export const RESERVED_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

const ID_MESSAGE = `must be an id: 1 to ${MAX_ID} lower-case letters, digits and single hyphens, such as "agent-call"`;

/** An id: lower-case words joined by single hyphens (`agent-call`), never a reserved name. */
export function slug(max = MAX_ID) {
  const message =
    max === MAX_ID
      ? ID_MESSAGE
      : `must be an id: 1 to ${max} lower-case letters, digits and single hyphens`;
  return v.pipe(
    v.string(message),
    v.maxLength(max, message),
    v.regex(SLUG, message),
    v.check((id) => !(RESERVED_KEYS as readonly string[]).includes(id), message),
  );
}

/**
 * C0 and C1 control characters (line breaks and tabs included), the line
 * and paragraph separators, and the invisible direction marks that can make
 * text read differently from what it holds. A text is one plain line; a
 * call is a list of them.
 */
export const CONTROL_CHARACTERS = /[\p{Cc}\u200e\u200f\u2028-\u202e\u2066-\u2069]/u;
const PLAIN = /^[^\p{Cc}\u200e\u200f\u2028-\u202e\u2066-\u2069]*$/u;
export const PLAIN_MESSAGE =
  'must be plain text: no control characters, line breaks, tabs or invisible direction marks';

/**
 * A text a learner reads: 1 to `max` characters, not blank, one plain line.
 * Markup is just characters: the sandbox always shows a text as text.
 */
export function plain(max: number) {
  return v.pipe(
    text(max),
    v.regex(PLAIN, PLAIN_MESSAGE),
    v.check((t) => t.trim() !== '', 'must not be blank'),
  );
}

/** A list of 1 to `max` items. */
function someOf<const T extends v.GenericSchema>(item: T, max: number, what: string) {
  return v.pipe(listOf(item, max, what), v.minLength(1, `must hold at least 1 of ${what}`));
}

/** A list of `min` to `max` items (`min` above 1: two or three questions, not one). */
function fromTo<const T extends v.GenericSchema>(item: T, min: number, max: number, what: string) {
  return v.pipe(listOf(item, max, what), v.minLength(min, `must hold at least ${min} ${what}`));
}

/** An object whose keys are ids (each checked) and whose values are `value`. */
function byId<const T extends v.GenericSchema>(value: T, what: string) {
  return keyed(slug(), value, what);
}

/** An object whose keys are checked by `key`. */
function keyed<
  const K extends v.BaseSchema<string, string | number | symbol, v.BaseIssue<unknown>>,
  const T extends v.GenericSchema,
>(key: K, value: T, what: string) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, `must be ${what}, an object`),
    v.record(key, value),
  );
}

const length = MAX_MINUTES * 60_000;
const ms = (max = length, min = 0) => whole(min, max, 'a whole number of ms');
const flag = v.boolean('must be true or false');
const flags = listOf(oneOf(RED_FLAGS), RED_FLAGS.length, 'red flags');

/** How many of each item a message may name: an arrival, a call, the page. */
const ITEM = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ITEM_MESSAGE =
  'must be an item: "beat-<beat id>", "call-<beat id>", "page", or a code message\'s id';
const item = v.pipe(
  v.string(ITEM_MESSAGE),
  v.maxLength(100, ITEM_MESSAGE),
  v.regex(ITEM, ITEM_MESSAGE),
);

export const BeatSchema = strict(
  {
    id: slug(),
    at: ms(),
    kind: oneOf(['sms', 'email', 'notice', 'call'] as const),
    from: plain(100),
    flags: v.optional(flags),
    byAttacker: v.optional(flag),
    expected: v.optional(flag),
  },
  'a beat',
);

export const ChoiceSchema = strict(
  {
    id: slug(),
    safe: flag,
    foils: v.optional(flag),
    handsOver: v.optional(v.literal('code', 'must be "code"')),
    redeems: v.optional(flag),
  },
  'a choice',
);

export const DecisionSchema = strict(
  {
    id: slug(),
    afterBeat: v.optional(slug()),
    choices: someOf(ChoiceSchema, MAX_CHOICES, 'choices'),
  },
  'a decision',
);

const SIMPLE_ACTIONS = [
  'wait',
  'answer',
  'decline',
  'hang-up',
  'open-link',
  'page-password',
] as const;
const ACTIONS = [...SIMPLE_ACTIONS, 'read', 'share', 'choose', 'mark'] as const;
const actionFields = (name: string) => (issue: v.BaseIssue<unknown>) =>
  issue.expected === 'never' ? `is not a field of ${name}` : 'is missing';

export const DemoActionSchema = v.pipe(
  v.custom<Record<string, unknown>>(isPlainObject, 'must be an action, an object'),
  v.variant(
    'do',
    [
      ...SIMPLE_ACTIONS.map((a) =>
        v.strictObject({ do: v.literal(a) }, actionFields(`a "${a}" action`)),
      ),
      v.strictObject(
        { do: v.literal('read'), item: v.optional(item) },
        actionFields('a "read" action'),
      ),
      v.strictObject(
        { do: v.literal('share'), via: oneOf(SHARE_VIAS) },
        actionFields('a "share" action'),
      ),
      v.strictObject(
        { do: v.literal('choose'), decision: slug(), choice: slug() },
        actionFields('a "choose" action'),
      ),
      v.strictObject(
        { do: v.literal('mark'), item, flag: oneOf(RED_FLAGS) },
        actionFields('a "mark" action'),
      ),
    ],
    (issue) => (issue.input === undefined ? 'is missing' : `must be one of ${ACTIONS.join(', ')}`),
  ),
);

export const DemoStepSchema = strict(
  { id: slug(), at: ms(), action: DemoActionSchema },
  'a demo step',
);
const steps = someOf(DemoStepSchema, MAX_DEMO_STEPS, 'demo steps');

const PAGE_URL = /^https:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*\.example(?:\/[\w./-]*)?$/;
const PAGE_MESSAGE =
  'must be an https address on a made-up .example domain, such as "https://larkspur-help.example/verify"';

export const AttackerSchema = strict(
  {
    trigger: oneOf(['sign-in', 'checkout', 'dispatch'] as const),
    startsAt: v.union(
      [ms(), v.literal('on-phished-password')],
      'must be a whole number of ms from 0 to 3600000, or "on-phished-password"',
    ),
    purpose: PurposeSchema,
    asksVia: oneOf(SHARE_VIAS),
    patienceMs: ms(length, 1_000),
    loot: listOf(
      strict(
        {
          after: ms(),
          kind: oneOf([
            'order',
            'address',
            'gift-card',
            'payment-card',
            'contacts',
            'delivered',
          ] as const),
          amount: v.optional(MoneySchema),
        },
        'a loot item',
      ),
      MAX_LIST,
      'loot items',
    ),
  },
  'the attacker’s script',
);

/** A moment of the scenario as a situation of "Real or scam?": its words are in `texts.<lang>.situations`. */
export const SituationSchema = strict(
  {
    id: slug(),
    kind: oneOf(VERDICTS),
    channel: oneOf(SITUATION_CHANNELS),
    from: plain(100),
  },
  'a situation of "Real or scam?"',
);

export const ScenarioDataSchema = strict(
  {
    id: slug(),
    number: v.optional(whole(1, 999)),
    flow: oneOf(['sign-in', 'confirm', 'unrequested', 'scam'] as const),
    purpose: PurposeSchema,
    channel: oneOf(CHANNELS),
    policy: v.optional(oneOf(PRESET_IDS)),
    deliveries: v.optional(
      listOf(
        strict({ fate: v.optional(oneOf(FATES)), latencyMs: v.optional(ms()) }, 'a delivery plan'),
        MAX_LIST,
        'delivery plans',
      ),
    ),
    enrolment: v.optional(EnrolmentSchema),
    minutes: whole(1, MAX_MINUTES, 'a whole number of minutes'),
    beats: listOf(BeatSchema, MAX_BEATS, 'beats'),
    decisions: listOf(DecisionSchema, MAX_DECISIONS, 'decisions'),
    rules: listOf(oneOf(RULE_IDS), RULE_IDS.length, 'rules'),
    attacker: v.optional(AttackerSchema),
    page: v.optional(
      strict(
        {
          url: v.pipe(
            v.string(PAGE_MESSAGE),
            v.maxLength(200, PAGE_MESSAGE),
            v.regex(PAGE_URL, PAGE_MESSAGE),
          ),
        },
        'a page',
      ),
    ),
    codeFlags: v.optional(flags),
    pageFlags: v.optional(flags),
    demo: v.optional(strict({ foiled: steps, 'taken-over': steps }, 'the demo')),
    situations: v.optional(listOf(SituationSchema, MAX_SITUATIONS, 'situations')),
  },
  'a scenario',
);

/** A red flag's cue: the very words that carry it, or the cue said in words. */
export const CueSchema = v.pipe(
  strict({ quote: v.optional(plain(300)), cue: v.optional(plain(300)) }, 'a cue'),
  v.check(
    (c) => (c.quote === undefined) !== (c.cue === undefined),
    'must hold either "quote" (the words that carry the flag) or "cue" (the cue in words), not both',
  ),
);

/** An item's cues: one field per red flag, each optional (checkScenario says which are needed). */
const CUE_ENTRIES = Object.fromEntries(RED_FLAGS.map((f) => [f, v.optional(CueSchema)])) as {
  [F in RedFlag]: v.OptionalSchema<typeof CueSchema, undefined>;
};

export const MIN_QUESTIONS = 2;
export const MAX_QUESTIONS = 3;

/**
 * What a trainer says about the scenario as a whole (issue 13): a few
 * sentences of notes, and two or three open questions for the room.
 */
export const TalkSchema = strict(
  {
    notes: plain(1_000),
    questions: fromTo(plain(300), MIN_QUESTIONS, MAX_QUESTIONS, 'questions'),
  },
  'the trainer’s talk',
);

/** A situation's words; `cue` is a part of `body`, word for word (checkScenario). */
export const SituationTextSchema = strict(
  { context: plain(300), body: plain(1_000), cue: plain(300), why: plain(400) },
  'a situation’s words',
);

export const ScenarioTextsSchema = strict(
  {
    title: plain(100),
    summary: plain(600),
    objectives: someOf(plain(300), MAX_LIST, 'objectives'),
    rightMoves: someOf(plain(400), MAX_LIST, 'right moves'),
    beats: byId(plain(1_000), 'the beats’ words'),
    decisions: byId(byId(plain(300), 'a decision’s words'), 'the decisions’ words'),
    calls: byId(someOf(plain(400), MAX_LINES, 'lines'), 'the calls’ words'),
    subjects: byId(plain(200), 'the emails’ subjects'),
    notes: v.optional(byId(plain(600), 'the demo’s speaker notes')),
    cues: v.optional(
      byId(strict(CUE_ENTRIES, 'an item’s cues (one per red flag)'), 'the red flags’ cues'),
    ),
    situations: v.optional(byId(SituationTextSchema, 'the situations’ words')),
    talk: v.optional(TalkSchema),
  },
  'a scenario’s texts',
);

/** A text's path in the texts (`rightMoves.0`, `notes.ring`) and the source keys that back it. */
const SOURCE_PATH = /^[a-zA-Z]+(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
const SOURCE_PATH_MESSAGE = 'must be the path of a text, such as "rightMoves.0" or "notes.ring"';

export const ScenarioDocumentSchema = strict(
  {
    format: v.literal(SCENARIO_FORMAT, `must be "${SCENARIO_FORMAT}"`),
    version: v.literal(SCENARIO_FORMAT_VERSION, `must be "${SCENARIO_FORMAT_VERSION}"`),
    scenario: ScenarioDataSchema,
    texts: strict({ en: ScenarioTextsSchema }, 'the texts by language'),
    sources: v.optional(
      strict(
        {
          en: keyed(
            v.pipe(
              v.string(SOURCE_PATH_MESSAGE),
              v.maxLength(120, SOURCE_PATH_MESSAGE),
              v.regex(SOURCE_PATH, SOURCE_PATH_MESSAGE),
            ),
            someOf(slug(), MAX_LIST, 'source keys'),
            'the sources by text',
          ),
        },
        'the sources by language',
      ),
    ),
  },
  'a scenario document',
);

export type ScenarioDocument = v.InferOutput<typeof ScenarioDocumentSchema>;
export type ScenarioDocumentTexts = v.InferOutput<typeof ScenarioTextsSchema>;
