import {
  BACKUP_KEY,
  emptySave,
  mergeSaves,
  parseSave,
  recordPlay,
  SAVE_KEY,
} from '../core/progress';
import type { DroppedEntry, Play, Saved } from '../core/progress';
import type { PresetId } from '../core/policy';
import type { Region } from '../core/region';
import { builtInCard } from '../core/scenario/library';
import type { RunOutcome } from '../core/scenario/outcome';
import { t } from './i18n/en';

/**
 * Why the saved progress could not be used in full, for the notice the
 * picker shows: reset (unreadable, replaced), dropped (some parts left
 * out, the rest kept), unavailable (storage refuses to work).
 */
export type StorageNotice = 'reset' | 'dropped' | 'unavailable' | null;

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
  /** What the save on arrival held that could not be read (the 'dropped' notice names it). */
  dropped = $state.raw<DroppedEntry[]>([]);
  /**
   * Set while a save that could not be read in full is stored and no copy of
   * it could be made: it is then never written over.
   */
  private frozen = false;

  constructor() {
    const text = this.read();
    if (text === undefined) return;
    const result = parseSave(text);
    this.saved = result.saved;
    if (!result.ok) this.notice = 'reset';
    else if (result.dropped.length > 0) {
      this.notice = 'dropped';
      this.dropped = result.dropped;
    }
    // What could not be read is copied aside before the readable rest replaces it.
    if (text !== null && this.notice !== null && this.keepCopy(text)) this.write();
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
    this.saved = { ...this.saved, settings: { ...this.saved.settings, policy } };
    this.write();
  }

  /** Where the learner lives: the debrief's reporting advice follows it. */
  get region(): Region {
    return this.saved.settings.region;
  }

  setRegion(region: Region): void {
    this.saved = { ...this.saved, settings: { ...this.saved.settings, region } };
    this.write();
  }

  /** A finished play: its scenario's progress, and a line of My results dated now. */
  recordPlay(id: string, outcome: RunOutcome, score: number, flags: Play['flags']): void {
    // Merge first: another tab may have saved since this one loaded.
    const text = this.read();
    const latest = text ? parseSave(text) : null;
    if (text && latest && (!latest.ok || latest.dropped.length > 0)) this.keepCopy(text);
    const base = latest?.ok ? mergeSaves(this.saved, latest.saved) : this.saved;
    this.saved = recordPlay(base, id, outcome, score, { at: Date.now(), flags });
    this.write();
  }

  /** Hides the current notice in scenario views for the rest of this visit. */
  dismissNotice(): void {
    this.dismissed = this.notice;
  }

  resetProgress(): void {
    this.saved = { ...this.saved, progress: emptySave().progress, history: [] };
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

  /**
   * Copies a stored save that could not be read in full to BACKUP_KEY, so
   * replacing it loses nothing. When the copy fails, the stored save is left
   * as it is for the rest of the visit, and the learner is told that
   * progress cannot be saved.
   */
  private keepCopy(text: string): boolean {
    try {
      window.localStorage.setItem(BACKUP_KEY, text);
      this.frozen = false;
      return true;
    } catch {
      this.frozen = true;
      this.notice = 'unavailable';
      return false;
    }
  }

  private write(): void {
    if (this.frozen) return;
    try {
      window.localStorage.setItem(SAVE_KEY, JSON.stringify(this.saved));
    } catch {
      this.notice = 'unavailable';
    }
  }
}

export const store = new Store();

/** How many dropped parts the notice names; the rest are counted. */
const NAMED = 5;

/** The storage notice as the learner reads it, naming what was left out of the save. */
export function noticeText(notice: Exclude<StorageNotice, null>): string {
  if (notice !== 'dropped') return t(`storage.${notice}`, { key: BACKUP_KEY });
  const names = store.dropped.map((d) =>
    d.kind === 'settings'
      ? t(d.field === 'region' ? 'storage.droppedRegion' : 'storage.droppedSettings')
      : d.kind === 'history'
        ? d.index === null
          ? t('storage.droppedHistory')
          : t('storage.droppedPlay', { number: d.index + 1 })
        : `“${builtInCard(d.id)?.title ?? d.id.slice(0, 40)}”`,
  );
  return t('storage.dropped', { names: listNames(names), key: BACKUP_KEY });
}

/** "“A”, “B” and 3 more": the first few names, and how many more there are. */
export function listNames(names: string[]): string {
  const listed = names.slice(0, NAMED);
  if (names.length > NAMED) listed.push(t('storage.droppedMore', { count: names.length - NAMED }));
  const last = listed.pop() ?? '';
  return listed.length ? `${listed.join(', ')} ${t('storage.and')} ${last}` : last;
}
