import { MAX_OWN_SCENARIOS, openOwnRecord, ownRecord } from '../../core/own';
import type { DroppedRecord, OwnRecord } from '../../core/own';
import { documentToScenario } from '../../core/scenario/document';
import type { Scenario } from '../../core/scenario/types';
import type { ScenarioProblem } from '../../core/scenario/check';
import type { ScenarioDocument } from '../../core/schema/scenario';
import { OwnStore } from './own-store';
import type { OwnStorageProblem } from './own-store';

/**
 * The trainer's own scenarios as the views see them: the records the
 * store holds, and what went wrong with the storage (a notice). Loaded
 * with "Your scenarios" or a #/mine/ or #/shared/ link, never before.
 */
class OwnScenarios {
  records = $state.raw<OwnRecord[]>([]);
  dropped = $state.raw<DroppedRecord[]>([]);
  problem = $state<OwnStorageProblem | null>(null);
  loaded = $state(false);
  private store = new OwnStore();
  private loading: Promise<void> | null = null;

  /** Reads the store (once; `reload` reads it again). */
  load(): Promise<void> {
    this.loading ??= this.reload();
    return this.loading;
  }

  async reload(): Promise<void> {
    const listed = await this.store.list();
    if (listed.ok) {
      this.records = listed.records;
      this.dropped = listed.dropped;
      if (this.problem === 'blocked' || this.problem === 'unavailable') this.problem = null;
    } else this.problem = listed.problem;
    this.loaded = true;
  }

  find(id: string): OwnRecord | undefined {
    return this.records.find((r) => r.id === id);
  }

  /**
   * Keeps a checked document as the trainer gave it (`text`). Returns
   * whether it replaced one of the same id, or false when it was not kept
   * (`problem` then says why).
   */
  async add(
    doc: ScenarioDocument,
    text: string,
  ): Promise<'added' | 'replaced' | 'too-many' | null> {
    await this.load();
    const replaces = this.find(doc.scenario.id) !== undefined;
    if (!replaces && this.records.length >= MAX_OWN_SCENARIOS) return 'too-many';
    const written = await this.store.put(ownRecord(doc, text, Date.now()));
    if (!written.ok) {
      this.problem = written.problem;
      return null;
    }
    await this.reload();
    return replaces ? 'replaced' : 'added';
  }

  async remove(id: string): Promise<boolean> {
    const written = await this.store.remove(id);
    if (!written.ok) {
      this.problem = written.problem;
      return false;
    }
    await this.reload();
    return true;
  }
}

export const own = new OwnScenarios();

export type Opened =
  | { ok: true; scenario: Scenario; doc: ScenarioDocument }
  | { ok: false; problems: ScenarioProblem[] };

/**
 * A checked document as a scenario to play, its texts registered so the
 * views find them by id. Nothing is registered for a document with problems.
 */
export function playable(doc: ScenarioDocument): Opened {
  const imported = documentToScenario(doc);
  if (!imported.ok) return imported;
  imported.register();
  return { ok: true, scenario: imported.scenario, doc };
}

/** A stored record, read and checked again, as a scenario to play. */
export function openRecord(record: OwnRecord): Opened {
  const opened = openOwnRecord(record);
  return opened.ok ? playable(opened.doc) : opened;
}
