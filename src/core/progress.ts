import * as v from 'valibot';
import { DEFAULT_PRESET } from './presets';
import { DEFAULT_REGION } from './region';
import type { RunOutcome } from './scenario/outcome';
import { describeIssues, keyPath } from './schema/issues';
import { readJson } from './schema/json';
import {
  MAX_HISTORY,
  MAX_PLAYS,
  MAX_SAVE_BYTES,
  MAX_SAVE_DEPTH,
  MAX_SCENARIO_ID_LENGTH,
  HistorySchema,
  PlaySchema,
  ProgressEntrySchema,
  SaveRootSchema,
  SAVE_VERSION,
  SETTING_SCHEMAS,
  SettingsObjectSchema,
} from './schema/save';
import type { Play, ScenarioProgress, SettingField, Settings } from './schema/save';

export {
  MAX_HISTORY,
  MAX_PLAYS,
  MAX_SAVE_BYTES,
  MAX_SCENARIO_ID_LENGTH,
  SAVE_VERSION,
  SAVE_VERSIONS,
} from './schema/save';
export type { Play, ScenarioProgress, SettingField, Settings } from './schema/save';

/**
 * What the sandbox remembers in the browser, and nothing more: the chosen
 * policy and region, per scenario the plays, best score and last outcome,
 * and the list of plays (My results: the newest MAX_HISTORY, oldest first).
 * Saved as versioned JSON, so an old or broken save is recognised, never
 * trusted. `progress` has no prototype: a scenario id such as `__proto__`
 * or `constructor` is only ever a name.
 */
export interface Saved {
  version: typeof SAVE_VERSION;
  settings: Settings;
  progress: Record<string, ScenarioProgress>;
  history: Play[];
}

export const SAVE_KEY = 'otp-sandbox/v1';
/** Where the browser keeps a copy of a save that could not be read in full, before it is replaced. */
export const BACKUP_KEY = 'otp-sandbox/v1/backup';

/** The settings of a fresh save, and what a setting that cannot be read goes back to. */
export function defaultSettings(): Settings {
  return { policy: DEFAULT_PRESET, region: DEFAULT_REGION };
}

export function emptySave(): Saved {
  return {
    version: SAVE_VERSION,
    settings: defaultSettings(),
    progress: noPrototype(),
    history: [],
  };
}

/**
 * A part of a save that could not be read and was left out; the rest is
 * kept. A setting names its `field` (it goes back to its default).
 */
export type DroppedEntry =
  | { kind: 'progress'; id: string; problem: string }
  | { kind: 'settings'; field: SettingField; problem: string }
  /** A play of the history (`index` in the file's list), or the whole list when `index` is null. */
  | { kind: 'history'; index: number | null; problem: string };

/** Why a save could not be used at all. */
export type LoadProblem = 'corrupt' | 'unknown-version' | 'invalid';

export type LoadResult =
  /** `dropped` lists what was left out (usually nothing): the learner is told. */
  | { ok: true; saved: Saved; dropped: DroppedEntry[] }
  | { ok: false; saved: Saved; problem: LoadProblem; error: string };

/**
 * Reads a save. A bad scenario entry or bad settings are left out and
 * listed in `dropped`, and every good entry is kept; only a save that is
 * not JSON, of another version or without a progress object is replaced by
 * a fresh one, with the reason. Never throws.
 */
export function parseSave(text: string | null): LoadResult {
  if (text === null) return { ok: true, saved: emptySave(), dropped: [] };
  const json = readJson(text, {
    what: 'a save',
    maxBytes: MAX_SAVE_BYTES,
    maxDepth: MAX_SAVE_DEPTH,
  });
  if (!json.ok) return { ok: false, saved: emptySave(), problem: 'corrupt', error: json.error };
  const root = v.safeParse(SaveRootSchema, json.data, { abortPipeEarly: true });
  if (!root.success) {
    const where = root.issues[0].path?.[0]?.key;
    const problem =
      where === undefined ? 'corrupt' : where === 'version' ? 'unknown-version' : 'invalid';
    return { ok: false, saved: emptySave(), problem, error: describeIssues(root.issues, 'save') };
  }
  const dropped: DroppedEntry[] = [];
  const settings = readSettings(root.output.settings, dropped);
  const history = readHistory(root.output.history, dropped);
  const progress = noPrototype<ScenarioProgress>();
  const entries = root.output.progress;
  for (const id of Object.keys(entries)) {
    const where = keyPath('progress', id);
    if (id.length === 0 || id.length > MAX_SCENARIO_ID_LENGTH) {
      dropped.push({
        kind: 'progress',
        id,
        problem: `${where}: a scenario id has 1 to ${MAX_SCENARIO_ID_LENGTH} characters.`,
      });
      continue;
    }
    const entry = v.safeParse(ProgressEntrySchema, entries[id], { abortPipeEarly: true });
    if (entry.success) progress[id] = entry.output;
    else
      dropped.push({ kind: 'progress', id, problem: describeIssues(entry.issues, where, where) });
  }
  return {
    ok: true,
    saved: {
      version: SAVE_VERSION,
      settings,
      progress,
      history,
    },
    dropped,
  };
}

/**
 * The settings, field by field: a field that cannot be read goes back to its
 * default and is listed in `dropped`; the others are kept. Settings that are
 * not an object at all drop every field, each listed.
 */
/** A setting's problem, by its path under `settings` (the whole of it when it is not an object). */
const settingsProblem = (issues: Parameters<typeof describeIssues>[0]) =>
  describeIssues(issues, 'settings', 'settings');

function readSettings(raw: unknown, dropped: DroppedEntry[]): Settings {
  const settings = defaultSettings();
  const object = v.safeParse(SettingsObjectSchema, raw);
  if (!object.success) {
    const problem = settingsProblem(object.issues);
    for (const field of Object.keys(SETTING_SCHEMAS) as SettingField[]) {
      dropped.push({ kind: 'settings', field, problem });
    }
    return settings;
  }
  const policy = v.safeParse(SETTING_SCHEMAS.policy, object.output, { abortPipeEarly: true });
  if (policy.success) settings.policy = policy.output.policy;
  else {
    const problem = settingsProblem(policy.issues);
    dropped.push({ kind: 'settings', field: 'policy', problem });
  }
  const region = v.safeParse(SETTING_SCHEMAS.region, object.output, { abortPipeEarly: true });
  if (region.success) settings.region = region.output.region ?? DEFAULT_REGION;
  else {
    const problem = settingsProblem(region.issues);
    dropped.push({ kind: 'settings', field: 'region', problem });
  }
  return settings;
}

/**
 * The plays of a save's history, one by one: a play that cannot be read is
 * left out and listed; a history that is not a list is left out whole. A
 * save without one (version 1, or no play yet) has none.
 */
function readHistory(raw: unknown, dropped: DroppedEntry[]): Play[] {
  if (raw === undefined) return [];
  const list = v.safeParse(HistorySchema, raw);
  if (!list.success) {
    // Named by its root: no prefix, so the one word is the path.
    const problem = describeIssues(list.issues, 'history');
    dropped.push({ kind: 'history', index: null, problem });
    return [];
  }
  const plays: Play[] = [];
  list.output.forEach((item, index) => {
    const where = keyPath('history', index);
    const play = v.safeParse(PlaySchema, item, { abortPipeEarly: true });
    if (play.success) plays.push(play.output);
    else
      dropped.push({ kind: 'history', index, problem: describeIssues(play.issues, where, where) });
  });
  return newestPlays(plays);
}

/** The newest MAX_HISTORY plays, oldest first (a sort that keeps the order of plays at the same time). */
function newestPlays(plays: Play[]): Play[] {
  return [...plays].sort((a, b) => a.at - b.at).slice(-MAX_HISTORY);
}

/** A score as a save keeps it: 0 to 100. */
const clampScore = (score: number) => Math.min(100, Math.max(0, score || 0));

/**
 * Adds one finished play: to its scenario's progress (the best score is
 * kept) and to the history, with when it ended (`at`, the browser's time:
 * core never reads a clock) and the red flags found, if it had any.
 */
export function recordPlay(
  saved: Saved,
  id: string,
  outcome: RunOutcome,
  score: number,
  play: { at: number; flags: Play['flags'] },
): Saved {
  const before = own(saved.progress, id);
  const progress = noPrototype<ScenarioProgress>(saved.progress);
  progress[id] = {
    plays: Math.min((before?.plays ?? 0) + 1, MAX_PLAYS),
    best: Math.max(before?.best ?? 0, clampScore(score)),
    last: outcome,
  };
  const entry: Play = { scenario: id, outcome, score: clampScore(score), ...play };
  return { ...saved, progress, history: newestPlays([...saved.history, entry]) };
}

/**
 * Joins two saves (another tab may have saved meanwhile): plays add up only
 * through `recordPlay`, so the larger count and the better score win.
 */
export function mergeSaves(a: Saved, b: Saved): Saved {
  const progress = noPrototype<ScenarioProgress>(a.progress);
  for (const id of Object.keys(b.progress)) {
    const p = b.progress[id];
    if (!p) continue;
    const q = own(progress, id);
    progress[id] = q
      ? {
          plays: Math.max(p.plays, q.plays),
          best: Math.max(p.best, q.best),
          last: p.plays >= q.plays ? p.last : q.last,
        }
      : p;
  }
  return {
    version: SAVE_VERSION,
    settings: b.settings,
    progress,
    history: newestPlays(unionOfPlays(a.history, b.history)),
  };
}

/** Both lists' plays, each once: a play both tabs kept is the same record in each. */
function unionOfPlays(a: readonly Play[], b: readonly Play[]): Play[] {
  const key = (p: Play) => JSON.stringify([p.at, p.scenario, p.outcome, p.score, p.flags]);
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((p) => !seen.has(key(p)))];
}

/** A record without a prototype, so no key (`__proto__`, `constructor`) is special. */
function noPrototype<T>(from?: Record<string, T>): Record<string, T> {
  const record: Record<string, T> = Object.create(null);
  if (from) for (const [key, value] of Object.entries(from)) record[key] = value;
  return record;
}

/** A record's own entry, never one inherited from Object.prototype. */
function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
