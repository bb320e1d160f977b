import * as v from 'valibot';
import { formatDuration } from '../format';
import { MIN_SELECTION } from '../scam/cues';
import { playStep } from '../scam/demo';
import type { DemoStep, Ending } from '../scam/demo';
import type { RedFlag } from '../scam/flags';
import { issueProblem, keyPath } from '../schema/issues';
import { readJson } from '../schema/json';
import {
  CONTROL_CHARACTERS,
  MAX_SCENARIO_BYTES,
  MAX_SCENARIO_DEPTH,
  PLAIN_MESSAGE,
  RESERVED_KEYS,
  ScenarioDocumentSchema,
} from '../schema/scenario';
import type { ScenarioDocument } from '../schema/scenario';
import { scenarioOf } from './from-document';
import { isBuiltInScenario } from './library';
import { ScenarioRun } from './run';
import type { Scenario } from './types';

/**
 * `checkScenario`: everything wrong with a scenario document (format 1.0,
 * doc/scenarios.md), each problem with its JSON path and a sentence a
 * trainer can act on. It checks in three rounds, each only once the one
 * before found nothing, since the later ones need the earlier ones right:
 *
 * 1. the shape (src/core/schema/scenario.ts), and no key anywhere that could
 *    reach a prototype, no control character in any text;
 * 2. what fields say about each other: ids unique and never a built-in's,
 *    every reference resolves, times in order and inside the scenario's
 *    length, a safe choice in every decision, texts for everything that
 *    needs words and for nothing else, each cue's quote in the words it
 *    points at;
 * 3. each demo played headless on the simulated clock (seed 1, the
 *    scenario's policy or the default): every step does what it says, and
 *    the run ends as the demo's ending says.
 */

export interface ScenarioProblem {
  /** Where: `scenario.decisions[0].afterBeat`, `texts.en.beats["link-text"]`; `document` for the whole. */
  path: string;
  /** What is wrong there, as a sentence. */
  message: string;
}

export type ScenarioParse =
  { ok: true; doc: ScenarioDocument } | { ok: false; problems: ScenarioProblem[] };

/** The path of the whole document, for problems that have no better place. */
export const DOCUMENT = 'document';

/** Reads a scenario document from its text: size and nesting first, then JSON, then `checkScenario`. */
export function parseScenarioDocument(text: string): ScenarioParse {
  const json = readJson(text, {
    what: 'a scenario document',
    maxBytes: MAX_SCENARIO_BYTES,
    maxDepth: MAX_SCENARIO_DEPTH,
  });
  if (!json.ok) return { ok: false, problems: [{ path: DOCUMENT, message: json.error }] };
  return readScenarioDocument(json.data);
}

/** A parsed document, checked: the schema's own copy of it when `checkScenario` finds nothing. */
export function readScenarioDocument(data: unknown): ScenarioParse {
  const checked = check(data);
  return checked.problems.length === 0 && checked.doc
    ? { ok: true, doc: checked.doc }
    : { ok: false, problems: checked.problems };
}

export interface CheckOptions {
  /**
   * The document is a built-in's own file (src/core/scenario/library/<id>.json):
   * its id is a built-in's, as it must be, and it needs its picker "number".
   * Without it (a trainer's document) a built-in's id is refused.
   */
  builtIn?: boolean;
}

/** Every problem of a scenario document (already parsed from JSON); none when it is good. */
export function checkScenario(doc: unknown, options: CheckOptions = {}): ScenarioProblem[] {
  return check(doc, options).problems;
}

function check(
  data: unknown,
  options: CheckOptions = {},
): { problems: ScenarioProblem[]; doc: ScenarioDocument | null } {
  const problems: ScenarioProblem[] = [];
  const shape = v.safeParse(ScenarioDocumentSchema, data, { abortPipeEarly: true });
  if (!shape.success) {
    for (const issue of shape.issues) problems.push(issueProblem(issue, DOCUMENT));
  }
  const seen = new Set(problems.map((p) => p.path));
  for (const p of hiddenProblems(data)) if (!seen.has(p.path)) problems.push(p);
  if (!shape.success) return { problems, doc: null };
  const doc = shape.output;
  if (problems.length === 0) problems.push(...references(doc, options));
  if (problems.length === 0) problems.push(...plays(doc));
  return { problems, doc };
}

// ---- round 1: what the shape cannot see ---------------------------------

/**
 * Keys that could reach a prototype (valibot's records drop them silently,
 * so a beat's text under `constructor` would vanish), and control
 * characters in any text, data included. Bounded: JSON from readJson is
 * at most MAX_SCENARIO_DEPTH deep; anything else is cut at 64 levels.
 */
function hiddenProblems(data: unknown): ScenarioProblem[] {
  const out: ScenarioProblem[] = [];
  const walk = (value: unknown, path: string, depth: number): void => {
    if (depth > 64) return;
    if (typeof value === 'string') {
      if (CONTROL_CHARACTERS.test(value))
        out.push({ path: path || DOCUMENT, message: `${PLAIN_MESSAGE}.` });
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, keyPath(path, i), depth + 1));
      return;
    }
    for (const key of Object.keys(value)) {
      const at = keyPath(path, key);
      if ((RESERVED_KEYS as readonly string[]).includes(key)) {
        out.push({
          path: at,
          message: `is a name the format never uses (${RESERVED_KEYS.join(', ')} are refused wherever they appear).`,
        });
        continue;
      }
      walk((value as Record<string, unknown>)[key], at, depth + 1);
    }
  };
  walk(data, '', 0);
  return out;
}

// ---- round 2: references, times, texts -----------------------------------

type Data = ScenarioDocument['scenario'];
type Texts = ScenarioDocument['texts']['en'];

const path = (...keys: (string | number)[]): string =>
  keys.reduce<string>((p, k) => keyPath(p, k), '');
const quoted = (ids: Iterable<string>): string =>
  [...ids].map((id) => `"${id}"`).join(', ') || 'none';
const minutes = (n: number): string => `${n} minute${n === 1 ? '' : 's'}`;

/** Ids the run itself records as decisions (a handed-over code, a typed password). */
const RUN_DECISIONS = ['share-code', 'page-password'];
/** Cue keys of the page and the code message: no beat may take them. */
const ITEM_KEYS = ['page', 'code'];

function references(doc: ScenarioDocument, options: CheckOptions): ScenarioProblem[] {
  const out: ScenarioProblem[] = [];
  const add = (at: string, message: string) => out.push({ path: at, message });
  const s = doc.scenario;
  const t = doc.texts.en;
  const S = (...keys: (string | number)[]) => path('scenario', ...keys);
  const T = (...keys: (string | number)[]) => path('texts', 'en', ...keys);
  const end = s.minutes * 60_000;
  const afterEnd = `is after the end of the scenario (${minutes(s.minutes)}, ${end} ms); make "minutes" longer or this time earlier.`;

  if (options.builtIn) {
    if (s.number === undefined)
      add(S('number'), 'is missing: a built-in needs its place in the picker.');
  } else if (isBuiltInScenario(s.id)) {
    add(
      S('id'),
      `is the id of a built-in scenario; choose an id of your own, such as "my-${s.id}".`,
    );
  }

  // -- the flow and what goes with it
  const scam = s.flow === 'scam';
  if (scam) {
    if (!s.attacker) add(S('attacker'), 'is missing: a scam needs the attacker’s script.');
    if (!s.demo) add(S('demo'), 'is missing: a scam needs a demo of both endings.');
  } else {
    for (const key of ['attacker', 'demo', 'page', 'pageFlags', 'codeFlags'] as const) {
      if (s[key] !== undefined)
        add(S(key), `is only for a scam (flow "scam"), not a "${s.flow}" flow.`);
    }
  }
  if (s.channel === 'authenticator' && !s.enrolment) {
    add(S('enrolment'), 'is missing: the authenticator channel needs the app’s enrolment.');
  }
  if (s.channel !== 'authenticator' && s.enrolment) {
    add(S('enrolment'), 'is only for the authenticator channel.');
  }
  if (s.pageFlags && !s.page)
    add(S('pageFlags'), 'needs a page: there is no "page" to carry them.');
  if (s.attacker?.startsAt === 'on-phished-password' && !s.page) {
    add(
      S('attacker', 'startsAt'),
      'is "on-phished-password", but there is no "page" to type the password into.',
    );
  }
  if (s.attacker?.asksVia === 'page' && !s.page) {
    add(S('attacker', 'asksVia'), 'is "page", but there is no "page" to type the code into.');
  }
  const rulesSeen = new Set<string>();
  s.rules.forEach((rule, i) => {
    if (rulesSeen.has(rule)) add(S('rules', i), `names "${rule}" a second time.`);
    rulesSeen.add(rule);
  });

  // -- times
  if (typeof s.attacker?.startsAt === 'number' && s.attacker.startsAt > end) {
    add(S('attacker', 'startsAt'), afterEnd);
  }
  s.attacker?.loot.forEach((loot, i) => {
    const before = s.attacker!.loot[i - 1];
    if (before && loot.after < before.after) {
      add(
        S('attacker', 'loot', i, 'after'),
        `is before the loot item above it (${before.after} ms); list the loot in time order.`,
      );
    }
    if (loot.after > end) add(S('attacker', 'loot', i, 'after'), afterEnd);
  });
  s.deliveries?.forEach((d, i) => {
    if (d.latencyMs !== undefined && d.latencyMs > end)
      add(S('deliveries', i, 'latencyMs'), afterEnd);
  });

  // -- beats
  const beats = new Map<string, Data['beats'][number]>();
  s.beats.forEach((beat, i) => {
    if (beats.has(beat.id))
      add(S('beats', i, 'id'), `is "${beat.id}" again; each beat needs an id of its own.`);
    else if (ITEM_KEYS.includes(beat.id))
      add(
        S('beats', i, 'id'),
        `cannot be "${beat.id}": that name is kept for the ${beat.id === 'page' ? 'look-alike page' : 'code message'}.`,
      );
    beats.set(beat.id, beat);
    const before = s.beats[i - 1];
    if (before && beat.at < before.at) {
      add(
        S('beats', i, 'at'),
        `is before the beat above it (${before.at} ms); list the beats in time order.`,
      );
    }
    if (beat.at > end) add(S('beats', i, 'at'), afterEnd);
    if (beat.byAttacker && !scam)
      add(S('beats', i, 'byAttacker'), 'is only for a scam (flow "scam").');
    if (beat.byAttacker && beat.expected) {
      add(
        S('beats', i, 'expected'),
        'cannot be true for the attacker’s move: it would give the story away.',
      );
    }
    duplicates(beat.flags, S('beats', i, 'flags'), add);
  });
  duplicates(s.codeFlags, S('codeFlags'), add);
  duplicates(s.pageFlags, S('pageFlags'), add);

  // -- decisions
  const decisions = new Map<string, Data['decisions'][number]>();
  s.decisions.forEach((d, i) => {
    if (decisions.has(d.id))
      add(S('decisions', i, 'id'), `is "${d.id}" again; each decision needs an id of its own.`);
    else if (RUN_DECISIONS.includes(d.id))
      add(S('decisions', i, 'id'), `cannot be "${d.id}": the run records that itself.`);
    decisions.set(d.id, d);
    if (d.afterBeat !== undefined && !beats.has(d.afterBeat)) {
      add(
        S('decisions', i, 'afterBeat'),
        `names no beat of this scenario ("${d.afterBeat}"); the beats are ${quoted(beats.keys())}.`,
      );
    }
    if (!d.choices.some((c) => c.safe)) {
      add(
        S('decisions', i, 'choices'),
        'has no safe choice: give the learner at least one choice with "safe": true.',
      );
    }
    const ids = new Set<string>();
    d.choices.forEach((c, j) => {
      if (ids.has(c.id))
        add(
          S('decisions', i, 'choices', j, 'id'),
          `is "${c.id}" again; each choice of a decision needs an id of its own.`,
        );
      else if (c.id === 'prompt')
        add(
          S('decisions', i, 'choices', j, 'id'),
          'cannot be "prompt": that name is kept for the decision’s question.',
        );
      ids.add(c.id);
      if (c.foils && !scam)
        add(
          S('decisions', i, 'choices', j, 'foils'),
          'is only for a scam (flow "scam"): there is no attack to stop.',
        );
    });
  });

  // -- the demo, statically (round 3 plays it)
  const flagsOf = (item: string): readonly RedFlag[] | null => {
    if (item === 'page') return s.page ? (s.pageFlags ?? []) : null;
    const beat = beats.get(item.slice(5));
    if (item.startsWith('call-')) return beat?.kind === 'call' ? (beat.flags ?? []) : null;
    if (item.startsWith('beat-')) return beat && beat.kind !== 'call' ? (beat.flags ?? []) : null;
    if (item.startsWith(`${s.id}-attacker-`) && s.attacker) return s.codeFlags ?? [];
    if (new RegExp(`^${s.id}-\\d+-\\d+$`).test(item)) return [];
    return null;
  };
  const itemHelp = `an item is "beat-<id>" for a text, email or notice beat, "call-<id>" for a call beat, "page" for the look-alike page, or "${s.id}-attacker-0" for the attacker’s code message`;
  for (const ending of ['foiled', 'taken-over'] as const) {
    const demo = s.demo?.[ending];
    const ids = new Set<string>();
    demo?.forEach((step, i) => {
      const P = (...keys: (string | number)[]) => S('demo', ending, i, ...keys);
      if (ids.has(step.id))
        add(P('id'), `is "${step.id}" again; each step of a demo needs an id of its own.`);
      ids.add(step.id);
      const before = demo[i - 1];
      if (before && step.at < before.at)
        add(
          P('at'),
          `is before the step above it (${before.at} ms); list the steps in time order.`,
        );
      if (step.at > end) add(P('at'), afterEnd);
      const a = step.action;
      if (a.do === 'choose') {
        const d = decisions.get(a.decision);
        if (!d)
          add(
            P('action', 'decision'),
            `names no decision of this scenario ("${a.decision}"); the decisions are ${quoted(decisions.keys())}.`,
          );
        else if (!d.choices.some((c) => c.id === a.choice)) {
          add(
            P('action', 'choice'),
            `is not a choice of the decision "${d.id}"; its choices are ${quoted(d.choices.map((c) => c.id))}.`,
          );
        }
      }
      if (a.do === 'mark' || (a.do === 'read' && a.item !== undefined)) {
        const item = a.item!;
        const there = flagsOf(item);
        if (there === null)
          add(P('action', 'item'), `names nothing in this scenario ("${item}"): ${itemHelp}.`);
        else if (a.do === 'read' && (item === 'page' || item.startsWith('call-'))) {
          add(
            P('action', 'item'),
            'names a call or the page, which are not read: use "answer" for a call and "open-link" for the page.',
          );
        } else if (a.do === 'mark' && !there.includes(a.flag)) {
          add(
            P('action', 'flag'),
            `is not a red flag of "${item}" (its flags are ${quoted(there)}): a demo marks only flags that are there.`,
          );
        }
      }
      if (
        (a.do === 'open-link' ||
          a.do === 'page-password' ||
          (a.do === 'share' && a.via === 'page')) &&
        !s.page
      ) {
        add(P('action'), 'needs the look-alike page, and this scenario has no "page".');
      }
    });
  }

  // -- texts: exactly what the data needs
  const callIds = s.beats.filter((b) => b.kind === 'call').map((b) => b.id);
  const wordIds = s.beats.filter((b) => b.kind !== 'call').map((b) => b.id);
  const emailIds = s.beats.filter((b) => b.kind === 'email').map((b) => b.id);
  const need = (kind: string, noun: string) => (id: string) =>
    `is missing: ${kind} "${id}" needs its ${noun}.`;
  const nothing = (kind: string, owner: string) => (id: string) =>
    `is for ${kind} that does not exist: no ${owner} is called "${id}". Remove it, or add what it is for.`;
  exactly(
    t.beats,
    wordIds,
    T('beats'),
    add,
    need('beat', 'words'),
    nothing('a beat', 'text, email or notice beat'),
  );
  exactly(t.calls, callIds, T('calls'), add, need('call', 'lines'), nothing('a call', 'call beat'));
  exactly(
    t.subjects,
    emailIds,
    T('subjects'),
    add,
    need('email', 'subject'),
    nothing('an email', 'email beat'),
  );
  exactly(
    t.decisions,
    [...decisions.keys()],
    T('decisions'),
    add,
    need('decision', 'words: its "prompt" and one text per choice'),
    nothing('a decision', 'decision'),
  );
  for (const d of decisions.values()) {
    const words = t.decisions[d.id];
    if (!words) continue;
    exactly(
      words,
      ['prompt', ...d.choices.map((c) => c.id)],
      T('decisions', d.id),
      add,
      (id) =>
        id === 'prompt'
          ? 'is missing: the decision needs its question.'
          : need('choice', 'words')(id),
      nothing('a choice', `choice of decision "${d.id}"`),
    );
  }
  const stepIds = new Set(
    (['foiled', 'taken-over'] as const).flatMap((e) => (s.demo?.[e] ?? []).map((x) => x.id)),
  );
  if (s.demo || t.notes) {
    exactly(
      t.notes ?? {},
      [...stepIds],
      T('notes'),
      add,
      need('demo step', 'speaker notes'),
      nothing('a demo step', 'step of either ending'),
    );
  }

  // -- cues: one for every red flag, none for a flag that is not there
  const items = new Map<string, { flags: readonly RedFlag[]; words: string | null }>();
  for (const beat of s.beats) {
    if (!beat.flags?.length) continue;
    const words =
      beat.kind === 'call' ? (t.calls[beat.id] ?? []).join('\n') : (t.beats[beat.id] ?? '');
    items.set(beat.id, { flags: beat.flags, words });
  }
  if (s.pageFlags?.length) items.set('page', { flags: s.pageFlags, words: s.page?.url ?? '' });
  // The code message is written by the shop: its cues are said in words, never quoted.
  if (s.codeFlags?.length) items.set('code', { flags: s.codeFlags, words: null });
  const cues = t.cues ?? {};
  for (const [key, item] of items) {
    for (const flag of item.flags) {
      const cue = cues[key]?.[flag];
      const at = T('cues', key, flag);
      if (!cue) {
        add(
          at,
          `is missing: the red flag "${flag}" of ${key === 'page' || key === 'code' ? `the ${key === 'page' ? 'page' : 'code message'}` : `beat "${key}"`} needs its cue (a "quote" of its words, or a "cue" in words).`,
        );
      } else if (cue.quote !== undefined) {
        if (item.words === null)
          add(
            keyPath(at, 'quote'),
            'cannot quote the code message (the shop writes it): say the cue in words with "cue".',
          );
        else if (!item.words.includes(cue.quote))
          add(
            keyPath(at, 'quote'),
            `is not in the words it points at, word for word: copy it exactly from ${key === 'page' ? 'the page address' : callIds.includes(key) ? 'the call’s lines' : 'the beat’s text'}.`,
          );
        else if (cue.quote.length < MIN_SELECTION)
          add(
            keyPath(at, 'quote'),
            `is too short to select (at least ${MIN_SELECTION} characters).`,
          );
      }
    }
  }
  for (const [key, byFlag] of Object.entries(cues)) {
    const item = items.get(key);
    if (!item) {
      add(
        T('cues', key),
        `is not an item with red flags: cues belong to a beat with "flags", "page" (with "pageFlags") or "code" (with "codeFlags"); the items with flags are ${quoted(items.keys())}.`,
      );
      continue;
    }
    for (const flag of Object.keys(byFlag)) {
      if (!item.flags.includes(flag as RedFlag)) {
        add(
          T('cues', key, flag),
          `is a cue for a red flag that "${key}" does not have (its flags are ${quoted(item.flags)}); remove it or add the flag.`,
        );
      }
    }
  }

  // -- situations of "Real or scam?": each with its words, its cue inside its body
  const situationIds: string[] = [];
  s.situations?.forEach((x, i) => {
    if (situationIds.includes(x.id))
      add(S('situations', i, 'id'), `is "${x.id}" again; each situation needs an id of its own.`);
    situationIds.push(x.id);
  });
  if (s.situations || t.situations) {
    exactly(
      t.situations ?? {},
      situationIds,
      T('situations'),
      add,
      need('situation', 'words: "context", "body", "cue" and "why"'),
      nothing('a situation', 'situation'),
    );
  }
  for (const [id, words] of Object.entries(t.situations ?? {})) {
    if (!words.body.includes(words.cue))
      add(
        T('situations', id, 'cue'),
        'is not in the situation’s "body", word for word: copy the words that carry the lesson exactly from it.',
      );
  }
  // -- sources: each path names a text
  for (const [at, keys] of Object.entries(doc.sources?.en ?? {})) {
    const P = path('sources', 'en', at);
    if (typeof textAt(t, at) !== 'string')
      add(P, 'names no text of this scenario: use the path of one text, such as "rightMoves.0".');
    duplicates(keys, P, add);
  }
  return out;
}

/** Flags (or keys) named twice in one list. */
function duplicates(
  list: readonly string[] | undefined,
  at: string,
  add: (at: string, message: string) => void,
): void {
  const seen = new Set<string>();
  list?.forEach((x, i) => {
    if (seen.has(x)) add(keyPath(at, i), `names "${x}" a second time.`);
    seen.add(x);
  });
}

/** A record of texts holds exactly the keys `needed`: none missing, none extra. */
function exactly(
  record: Readonly<Record<string, unknown>>,
  needed: readonly string[],
  at: string,
  add: (at: string, message: string) => void,
  missing: (id: string) => string,
  extra: (id: string) => string,
): void {
  for (const id of needed) if (!Object.hasOwn(record, id)) add(keyPath(at, id), missing(id));
  for (const id of Object.keys(record)) if (!needed.includes(id)) add(keyPath(at, id), extra(id));
}

/** The value at a dotted path of the texts (`rightMoves.0`, `decisions.after-call.prompt`). */
function textAt(texts: Texts, dotted: string): unknown {
  let node: unknown = texts;
  for (const part of dotted.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

// ---- round 3: play it ----------------------------------------------------

export { scenarioOf };

function plays(doc: ScenarioDocument): ScenarioProblem[] {
  const out: ScenarioProblem[] = [];
  const scenario = scenarioOf(doc);
  try {
    // Every scenario runs to its end without a fault, demo or not.
    const run = new ScenarioRun(scenario, { seed: 1 });
    run.advance(scenario.minutes * 60_000);
    run.debrief();
  } catch (e) {
    return [
      {
        path: 'scenario',
        message: `cannot be played: ${e instanceof Error ? e.message : String(e)}.`,
      },
    ];
  }
  for (const ending of ['foiled', 'taken-over'] as const) {
    const steps = scenario.demo?.[ending];
    if (steps) out.push(...playEnding(scenario, ending, steps));
  }
  return out;
}

/** Plays one ending step by step; the first step that does not do what it says stops it. */
function playEnding(
  scenario: Scenario,
  ending: Ending,
  steps: readonly DemoStep[],
): ScenarioProblem[] {
  const run = new ScenarioRun(scenario, { seed: 1 });
  try {
    for (const [i, step] of steps.entries()) {
      const wrong = playChecked(run, step);
      if (wrong) {
        return [
          {
            path: path('scenario', 'demo', ending, i),
            message: `${wrong} (${formatDuration(step.at)} after the start).`,
          },
        ];
      }
    }
    const outcome = run.debrief().outcome;
    if (outcome !== ending) {
      return [
        {
          path: path('scenario', 'demo', ending),
          message: `does not reach its ending: after its last step the run ends "${outcome}", not "${ending}".`,
        },
      ];
    }
    return [];
  } catch (e) {
    return [
      {
        path: path('scenario', 'demo', ending),
        message: `cannot be played: ${e instanceof Error ? e.message : String(e)}.`,
      },
    ];
  }
}

/** Plays one step; says what went wrong when the run did not do what the step says. */
function playChecked(run: ScenarioRun, step: DemoStep): string | null {
  const a = step.action;
  const before = run.log.length;
  const decisions = run.state.decisions.length;
  const marked = a.do === 'mark' ? (run.state.marks[a.item] ?? []).includes(a.flag) : false;
  playStep(run, step);
  const state = run.state;
  switch (a.do) {
    case 'answer':
      return state.call?.status === 'answered'
        ? null
        : 'answers the phone, but no call is ringing then';
    case 'decline':
      return state.call?.status === 'declined'
        ? null
        : 'declines a call, but no call is ringing then';
    case 'hang-up':
      return state.call?.status === 'ended' ? null : 'hangs up, but no call is going on then';
    case 'read':
      if (a.item === undefined)
        return state.arrivals.length > 0
          ? null
          : 'reads the newest message, but nothing has arrived yet';
      return state.arrivals.find((x) => x.id === a.item)?.read
        ? null
        : `reads "${a.item}", but it has not arrived by then`;
    case 'share':
      return run.log.slice(before).some((e) => e.event === `share code by ${a.via}`)
        ? null
        : `hands over a code by ${a.via}, but there is no code to hand over then, or the run has ended`;
    case 'open-link':
      return state.page ? null : 'opens the link, but the run has ended';
    case 'page-password':
      return state.decisions.some((d) => d.id === 'page-password')
        ? null
        : 'types the password into the page, but the page is not open (or already has it)';
    case 'choose':
      return state.decisions.length > decisions && state.decisions.at(-1)?.choice === a.choice
        ? null
        : `chooses "${a.choice}" for "${a.decision}", but that decision is not open then (its beat has not happened, it was made already, or the run has ended)`;
    case 'mark':
      if (marked)
        return `marks "${a.flag}" on "${a.item}" a second time, which takes the mark away`;
      return (state.marks[a.item] ?? []).includes(a.flag)
        ? null
        : `marks "${a.flag}" on "${a.item}", but nothing called "${a.item}" has arrived or rung by then`;
    case 'wait':
      return null;
  }
}
