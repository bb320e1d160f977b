import { PRESET_IDS, DEFAULT_PRESET } from './policy';
import type { PresetId } from './policy';
import type { RunOutcome } from './scenario/run';

/**
 * What the sandbox remembers in the browser, and nothing more: the chosen
 * policy, and per scenario the plays, best score and last outcome. Saved as
 * versioned JSON, so an old or broken save is recognised, never trusted.
 */
export interface Saved {
  version: 1;
  settings: { policy: PresetId };
  progress: Record<string, ScenarioProgress>;
}

export interface ScenarioProgress {
  plays: number;
  best: number;
  last: RunOutcome;
}

export const SAVE_VERSION = 1;
export const SAVE_KEY = 'otp-sandbox/v1';
const OUTCOMES: readonly RunOutcome[] = [
  'completed',
  'safe',
  'compromised',
  'locked-out',
  'gave-up',
  'unfinished',
];

export function emptySave(): Saved {
  return { version: 1, settings: { policy: DEFAULT_PRESET }, progress: {} };
}

export type LoadResult =
  | { ok: true; saved: Saved }
  | { ok: false; saved: Saved; problem: 'corrupt' | 'unknown-version' | 'invalid' };

/** Reads a save; anything it cannot trust gives a fresh save and says why. */
export function parseSave(text: string | null): LoadResult {
  if (text === null) return { ok: true, saved: emptySave() };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, saved: emptySave(), problem: 'corrupt' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, saved: emptySave(), problem: 'corrupt' };
  }
  const d = data as Record<string, unknown>;
  if (d.version !== SAVE_VERSION)
    return { ok: false, saved: emptySave(), problem: 'unknown-version' };
  const settings = d.settings as Record<string, unknown> | undefined;
  const policy = settings?.policy;
  if (typeof policy !== 'string' || !(PRESET_IDS as readonly string[]).includes(policy)) {
    return { ok: false, saved: emptySave(), problem: 'invalid' };
  }
  const progress: Record<string, ScenarioProgress> = {};
  const raw = d.progress;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, saved: emptySave(), problem: 'invalid' };
  }
  for (const [id, p] of Object.entries(raw as Record<string, unknown>)) {
    const e = p as Record<string, unknown> | null;
    const valid =
      typeof e === 'object' &&
      e !== null &&
      Number.isInteger(e.plays) &&
      (e.plays as number) >= 0 &&
      typeof e.best === 'number' &&
      e.best >= 0 &&
      e.best <= 100 &&
      OUTCOMES.includes(e.last as RunOutcome);
    if (!valid) return { ok: false, saved: emptySave(), problem: 'invalid' };
    progress[id] = { plays: e.plays as number, best: e.best as number, last: e.last as RunOutcome };
  }
  return { ok: true, saved: { version: 1, settings: { policy: policy as PresetId }, progress } };
}

/** Adds one finished play; keeps the best score. */
export function recordPlay(saved: Saved, id: string, outcome: RunOutcome, score: number): Saved {
  const before = saved.progress[id];
  return {
    ...saved,
    progress: {
      ...saved.progress,
      [id]: {
        plays: (before?.plays ?? 0) + 1,
        best: Math.max(before?.best ?? 0, score),
        last: outcome,
      },
    },
  };
}

/**
 * Joins two saves (another tab may have saved meanwhile): plays add up only
 * through `recordPlay`, so the larger count and the better score win.
 */
export function mergeSaves(a: Saved, b: Saved): Saved {
  const progress: Record<string, ScenarioProgress> = { ...a.progress };
  for (const [id, p] of Object.entries(b.progress)) {
    const q = progress[id];
    progress[id] = q
      ? {
          plays: Math.max(p.plays, q.plays),
          best: Math.max(p.best, q.best),
          last: p.plays >= q.plays ? p.last : q.last,
        }
      : p;
  }
  return { version: 1, settings: b.settings, progress };
}
