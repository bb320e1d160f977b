import { readOwnRecords } from '../../core/own';
import type { DroppedRecord, OwnRecord, StoredEntry } from '../../core/own';

/**
 * "Your scenarios" in IndexedDB: one database, one object store, one record
 * per scenario keyed by its id (the record format is core/schema/own.ts).
 * Every call may fail the way storage fails: another tab holds an older
 * version of the database open (blocked), the disk or the site's share of
 * it is full (QuotaExceededError), storage is switched off or private mode
 * refuses it (unavailable). None of them throws: each is a notice the
 * section shows, and what is already kept stays as it is. A record that
 * cannot be read is left where it is, named, and not shown.
 */

export const OWN_DB = 'otp-sandbox-own';
/** The database's version: raise it, with an upgrade step, when the stores change. */
export const OWN_DB_VERSION = 1;
const STORE = 'scenarios';

export type OwnStorageProblem = 'blocked' | 'full' | 'unavailable';

export type OwnList =
  | { ok: true; records: OwnRecord[]; dropped: DroppedRecord[] }
  | { ok: false; problem: OwnStorageProblem };

export type OwnWrite = { ok: true } | { ok: false; problem: OwnStorageProblem };

export class OwnStore {
  private db: Promise<IDBDatabase | OwnStorageProblem> | null = null;

  constructor(
    /** The browser's IndexedDB; undefined where there is none. Tests pass fake-indexeddb. */
    private readonly factory: IDBFactory | undefined = globalThis.indexedDB,
    private readonly name = OWN_DB,
  ) {}

  /** Every readable record, oldest first, and the ones that could not be read. */
  async list(): Promise<OwnList> {
    const db = await this.open();
    if (typeof db === 'string') return { ok: false, problem: db };
    try {
      const entries = await new Promise<StoredEntry[]>((resolve, reject) => {
        const tx = db.transaction(STORE, 'readonly');
        const store = tx.objectStore(STORE);
        const keys = store.getAllKeys();
        const values = store.getAll();
        tx.oncomplete = () =>
          resolve(keys.result.map((key, i) => ({ key, value: values.result[i] })));
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
      return { ok: true, ...readOwnRecords(entries) };
    } catch (e) {
      return { ok: false, problem: problemOf(e) };
    }
  }

  /** Keeps `record`, replacing one of the same id. */
  put(record: OwnRecord): Promise<OwnWrite> {
    return this.write((store) => store.put(record, record.id));
  }

  /** Forgets the scenario `id` (a record that could not be read too, by its key). */
  remove(id: string): Promise<OwnWrite> {
    return this.write((store) => store.delete(id));
  }

  /** Lets go of the database (tests; a newer tab asking to upgrade it). */
  async close(): Promise<void> {
    const db = await this.db;
    if (db && typeof db !== 'string') db.close();
    this.db = null;
  }

  private async write(change: (store: IDBObjectStore) => void): Promise<OwnWrite> {
    const db = await this.open();
    if (typeof db === 'string') return { ok: false, problem: db };
    try {
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(STORE, 'readwrite');
        change(tx.objectStore(STORE));
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
      return { ok: true };
    } catch (e) {
      return { ok: false, problem: problemOf(e) };
    }
  }

  /** The open database, once; a problem when it cannot be opened (tried again next time). */
  private open(): Promise<IDBDatabase | OwnStorageProblem> {
    this.db ??= new Promise<IDBDatabase | OwnStorageProblem>((resolve) => {
      const factory = this.factory;
      if (!factory) {
        resolve('unavailable');
        return;
      }
      let request: IDBOpenDBRequest;
      try {
        request = factory.open(this.name, OWN_DB_VERSION);
      } catch (e) {
        resolve(problemOf(e));
        return;
      }
      request.onupgradeneeded = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE);
      };
      // Another tab has the database open at an older version and has not let it go.
      let settled = false;
      request.onblocked = () => {
        settled = true;
        resolve('blocked');
      };
      request.onerror = () => resolve(problemOf(request.error));
      request.onsuccess = () => {
        const db = request.result;
        // Opened after all, once the other tab let go: too late for this call, tried again next time.
        if (settled) {
          db.close();
          return;
        }
        // A newer version in another tab asks this one to let go: it does, and opens again later.
        db.onversionchange = () => {
          db.close();
          this.db = null;
        };
        resolve(db);
      };
    }).then((db) => {
      if (typeof db === 'string') this.db = null;
      return db;
    });
    return this.db;
  }
}

/** A storage error as the notice it gives. */
function problemOf(error: unknown): OwnStorageProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  return name === 'QuotaExceededError' ? 'full' : 'unavailable';
}
