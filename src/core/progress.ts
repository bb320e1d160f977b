import * as v from 'valibot';
import { DEFAULT_PRESET } from './presets';
import type { RunOutcome } from './scenario/outcome';
import { describeIssues, keyPath } from './schema/issues';
import { readJson } from './schema/json';
import {
  MAX_PLAYS,
  MAX_SAVE_BYTES,
  MAX_SAVE_DEPTH,
  MAX_SCENARIO_ID_LENGTH,
  ProgressEntrySchema,
  SaveRootSchema,
  SAVE_VERSION,
  SettingsSchema,
} from './schema/save';
import type { ScenarioProgress, Settings } from './schema/save';

export { MAX_PLAYS, MAX_SAVE_BYTES, MAX_SCENARIO_ID_LENGTH, SAVE_VERSION } from './schema/save';
export type { ScenarioProgress, Settings } from './schema/save';

/**
 * What the sandbox remembers in the browser, and nothing more: the chosen
 * policy, and per scenario the plays, best score and last outcome. Saved as
 * versioned JSON, so an old or broken save is recognised, never trusted.
 * `progress` has no prototype: a scenario id such as `__proto__` or
 * `constructor` is only ever a name.
 */
export interface Saved {
  version: typeof SAVE_VERSION;
  settings: Settings;
  progress: Record<string, ScenarioProgress>;
}

export const SAVE_KEY = 'otp-sandbox/v1';
/** Where the browser keeps a copy of a save that could not be read in full, before it is replaced. */
export const BACKUP_KEY = 'otp-sandbox/v1/backup';

export function emptySave(): Saved {
  return { version: SAVE_VERSION, settings: { policy: DEFAULT_PRESET }, progress: noPrototype() };
}

/** A part of a save that could not be read and was left out; the rest is kept. */
export type DroppedEntry =
  { kind: 'progress'; id: string; problem: string } | { kind: 'settings'; problem: string };

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
  const settings = v.safeParse(SettingsSchema, root.output.settings, { abortPipeEarly: true });
  if (!settings.success) {
    dropped.push({
      kind: 'settings',
      problem: describeIssues(settings.issues, 'settings', 'settings'),
    });
  }
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
      settings: settings.success ? settings.output : { policy: DEFAULT_PRESET },
      progress,
    },
    dropped,
  };
}

/** Adds one finished play; keeps the best score (a score is 0 to 100). */
export function recordPlay(saved: Saved, id: string, outcome: RunOutcome, score: number): Saved {
  const before = own(saved.progress, id);
  const progress = noPrototype<ScenarioProgress>(saved.progress);
  progress[id] = {
    plays: Math.min((before?.plays ?? 0) + 1, MAX_PLAYS),
    best: Math.max(before?.best ?? 0, Math.min(100, Math.max(0, score || 0))),
    last: outcome,
  };
  return { ...saved, progress };
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
  return { version: SAVE_VERSION, settings: b.settings, progress };
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
