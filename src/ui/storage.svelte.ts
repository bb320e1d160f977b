import { emptySave, mergeSaves, parseSave, recordPlay, SAVE_KEY } from '../core/progress';
import type { Saved } from '../core/progress';
import type { PresetId } from '../core/policy';
import type { RunOutcome } from '../core/scenario/run';

/** Why the saved progress could not be used, for the notice the picker shows. */
export type StorageNotice = 'reset' | 'unavailable' | null;

const PROBE_KEY = `${SAVE_KEY}/probe`;

/**
 * Settings and progress, kept in this browser only. Every storage access may
 * throw (blocked, full, private mode): the sandbox then keeps working in
 * memory and says so. Another tab's save is merged in, never overwritten.
 */
class Store {
  saved = $state.raw<Saved>(emptySave());
  notice = $state<StorageNotice>(null);
  /** The notice the learner dismissed in a scenario view; a different one shows again. */
  dismissed = $state<StorageNotice>(null);

  constructor() {
    const text = this.read();
    if (text === undefined) return;
    const result = parseSave(text);
    this.saved = result.saved;
    if (!result.ok) {
      this.notice = 'reset';
      this.write();
    }
    // Storage that reads but refuses writes (full) would otherwise go unnoticed until a play ends.
    if (this.notice !== 'unavailable') this.probe();
    try {
      window.addEventListener('storage', (e) => {
        if (e.key !== SAVE_KEY) return;
        const other = parseSave(e.newValue);
        if (other.ok) this.saved = mergeSaves(this.saved, other.saved);
      });
    } catch {
      // No window events (tests outside a browser): nothing to merge.
    }
  }

  get policy(): PresetId {
    return this.saved.settings.policy;
  }

  setPolicy(policy: PresetId): void {
    this.saved = { ...this.saved, settings: { policy } };
    this.write();
  }

  recordPlay(id: string, outcome: RunOutcome, score: number): void {
    // Merge first: another tab may have saved since this one loaded.
    const text = this.read();
    const latest = text ? parseSave(text) : null;
    const base = latest?.ok ? mergeSaves(this.saved, latest.saved) : this.saved;
    this.saved = recordPlay(base, id, outcome, score);
    this.write();
  }

  /** Hides the current notice in scenario views for the rest of this visit. */
  dismissNotice(): void {
    this.dismissed = this.notice;
  }

  resetProgress(): void {
    this.saved = { ...this.saved, progress: {} };
    this.write();
  }

  /** The stored text; null when nothing is saved; undefined when storage is unusable. */
  private read(): string | null | undefined {
    try {
      return window.localStorage.getItem(SAVE_KEY);
    } catch {
      this.notice = 'unavailable';
      return undefined;
    }
  }

  /** Writes and removes a scratch entry, to learn early whether saving will work. */
  private probe(): void {
    try {
      window.localStorage.setItem(PROBE_KEY, '1');
      window.localStorage.removeItem(PROBE_KEY);
    } catch {
      this.notice = 'unavailable';
    }
  }

  private write(): void {
    try {
      window.localStorage.setItem(SAVE_KEY, JSON.stringify(this.saved));
    } catch {
      this.notice = 'unavailable';
    }
  }
}

export const store = new Store();
