import * as v from 'valibot';
import { parseScenarioDocument } from './scenario/check';
import type { ScenarioProblem } from './scenario/check';
import { describeIssues, isPlainObject, shown } from './schema/issues';
import { clip } from './schema/json';
import { OWN_RECORD_VERSION, OwnRecordSchema } from './schema/own';
import type { OwnRecord } from './schema/own';
import type { ScenarioDocument } from './schema/scenario';

export { MAX_OWN_SCENARIOS, OWN_RECORD_VERSION } from './schema/own';
export type { OwnRecord } from './schema/own';

/**
 * "Your scenarios": the trainer's own scenarios as the browser keeps them
 * (records, schema/own.ts). Reading never throws and never costs a good
 * record for a bad one: a record that cannot be read is left out and
 * named, so the trainer is told which, and the others are kept.
 */

/** A stored record that could not be read: how to name it to the trainer, and why. */
export interface DroppedRecord {
  name: string;
  problem: string;
  /** The key it is stored under, so the trainer can remove it; null for a key that is not a text. */
  key: string | null;
}

/** One stored entry as the storage gives it: its key and its value. */
export interface StoredEntry {
  key: unknown;
  value: unknown;
}

/**
 * The records among `entries`, oldest first, and the entries that are not
 * records of this version (named by their title, else their key). A record
 * stored under a key other than its id is not trusted either.
 */
export function readOwnRecords(entries: readonly StoredEntry[]): {
  records: OwnRecord[];
  dropped: DroppedRecord[];
} {
  const records: OwnRecord[] = [];
  const dropped: DroppedRecord[] = [];
  for (const { key, value } of entries) {
    const record = v.safeParse(OwnRecordSchema, value);
    if (!record.success) {
      dropped.push({
        name: nameOf(key, value),
        problem: describeIssues(record.issues, 'record', 'record'),
        key: keyOf(key),
      });
    } else if (record.output.id !== key) {
      dropped.push({
        name: nameOf(key, value),
        problem: `record.id: must be the key it is stored under (${shown(key)}).`,
        key: keyOf(key),
      });
    } else records.push(record.output);
  }
  records.sort((a, b) => a.added - b.added || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { records, dropped };
}

/** A record's document, read and checked again as it is opened (it is never trusted as stored). */
export function openOwnRecord(
  record: OwnRecord,
): { ok: true; doc: ScenarioDocument } | { ok: false; problems: ScenarioProblem[] } {
  const parsed = parseScenarioDocument(record.text);
  if (!parsed.ok) return parsed;
  if (parsed.doc.scenario.id !== record.id) {
    return {
      ok: false,
      problems: [{ path: 'scenario.id', message: `must be the record's id, "${record.id}".` }],
    };
  }
  return parsed;
}

/** The record that keeps a checked document, as `text`, added at `now` (ms since 1970). */
export function ownRecord(doc: ScenarioDocument, text: string, now: number): OwnRecord {
  return {
    version: OWN_RECORD_VERSION,
    id: doc.scenario.id,
    title: doc.texts.en.title,
    text,
    added: Math.max(0, Math.floor(now)),
  };
}

/** How a record that cannot be read is named: its title, else its key, else "a scenario". */
function nameOf(key: unknown, value: unknown): string {
  const title = isPlainObject(value) ? value.title : undefined;
  if (typeof title === 'string' && title.trim() !== '') return clip(title.trim(), 60);
  if (typeof key === 'string' && key !== '') return clip(key, 60);
  return 'a scenario with no name';
}

function keyOf(key: unknown): string | null {
  return typeof key === 'string' ? key : null;
}
