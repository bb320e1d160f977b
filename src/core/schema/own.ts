import * as v from 'valibot';
import { strict, text, whole } from './parts';
import { MAX_SCENARIO_BYTES, slug } from './scenario';

/**
 * "Your scenarios": how a trainer's own scenario is kept in the browser
 * (IndexedDB, see src/ui/own/own-store.ts), one record per scenario, as a
 * valibot schema. The record is versioned on its own, apart from the
 * scenario format: the document itself is kept as the text the trainer
 * gave, and is read with `parseScenarioDocument` each time it is opened,
 * so a record always says what was imported, word for word.
 */

export const OWN_RECORD_VERSION = 1;
/** The most scenarios kept; a trainer with more exports some first. */
export const MAX_OWN_SCENARIOS = 100;
/** The longest title a record names itself by (a document's title is at most 100 characters). */
export const MAX_OWN_TITLE = 100;
/** Milliseconds since 1970 a record may say it was added at: up to the year 2200. */
const MAX_ADDED = 7_258_118_400_000;

export const OwnRecordSchema = strict(
  {
    version: v.literal(
      OWN_RECORD_VERSION,
      `must be ${OWN_RECORD_VERSION}, the record version this sandbox reads`,
    ),
    /** The scenario's id (`scenario.id` in its document), the key of the record. */
    id: slug(),
    /** The document's title, to name the record by even when its document cannot be read. */
    title: text(MAX_OWN_TITLE),
    /** The document, as the text it was imported as. */
    text: text(MAX_SCENARIO_BYTES),
    /** When it was added, in ms since 1970 (the browser's clock): the list's order. */
    added: whole(0, MAX_ADDED, 'a time in ms'),
  },
  'a saved scenario',
);

export type OwnRecord = v.InferOutput<typeof OwnRecordSchema>;
