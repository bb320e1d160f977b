import fc from 'fast-check';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OWN_RECORD_VERSION, readOwnRecords } from '../../src/core/own';
import type { OwnRecord } from '../../src/core/own';
import { OWN_DB, OWN_DB_VERSION, OwnStore } from '../../src/ui/own/own-store';

const record = (id: string, added = 1, title = `Title of ${id}`): OwnRecord => ({
  version: OWN_RECORD_VERSION,
  id,
  title,
  text: `{"id":"${id}"}`,
  added,
});

/** Puts `value` under `key` as another program (or a broken disk) might: no checks at all. */
async function putRaw(factory: IDBFactory, key: string, value: unknown): Promise<void> {
  const store = new OwnStore(factory);
  await store.list(); // creates the database
  await store.close();
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(OWN_DB, OWN_DB_VERSION);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('scenarios', 'readwrite');
    tx.objectStore('scenarios').put(value, key);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

const stores: OwnStore[] = [];
function storeOn(factory: IDBFactory | undefined): OwnStore {
  const store = new OwnStore(factory);
  stores.push(store);
  return store;
}
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(stores.splice(0).map((s) => s.close()));
});

describe('your scenarios in IndexedDB', () => {
  it('starts empty, keeps, replaces and forgets records', async () => {
    const store = storeOn(new IDBFactory());
    expect(await store.list()).toEqual({ ok: true, records: [], dropped: [] });
    expect(await store.put(record('b', 2))).toEqual({ ok: true });
    expect(await store.put(record('a', 1))).toEqual({ ok: true });
    expect(await store.put(record('b', 2, 'New title'))).toEqual({ ok: true });
    const listed = await store.list();
    expect(listed).toEqual({
      ok: true,
      records: [record('a', 1), record('b', 2, 'New title')],
      dropped: [],
    });
    expect(await store.remove('a')).toEqual({ ok: true });
    expect(await store.list()).toEqual({
      ok: true,
      records: [record('b', 2, 'New title')],
      dropped: [],
    });
  });

  it('keeps what it was given across a reopening', async () => {
    const factory = new IDBFactory();
    await storeOn(factory).put(record('kept'));
    expect(await storeOn(factory).list()).toMatchObject({ ok: true, records: [record('kept')] });
  });

  it('drops a corrupt record, names it, and keeps the others', async () => {
    const factory = new IDBFactory();
    await storeOn(factory).put(record('good'));
    await putRaw(factory, 'broken', { version: 1, id: 'broken', title: 'My broken one', text: 7 });
    await putRaw(factory, 'newer', { version: 2, title: 'From a newer sandbox' });
    await putRaw(factory, 'not-an-object', 'garbage');
    await putRaw(factory, 'moved', record('elsewhere'));
    const listed = await storeOn(factory).list();
    expect(listed.ok).toBe(true);
    if (!listed.ok) return;
    expect(listed.records).toEqual([record('good')]);
    expect(listed.dropped.map((d) => d.name)).toEqual([
      'My broken one',
      'Title of elsewhere',
      'From a newer sandbox',
      'not-an-object',
    ]);
    expect(listed.dropped[0]!.problem).toMatch(/^record\.text: must be a text/);
    expect(listed.dropped[1]!.problem).toMatch(/must be the key it is stored under/);
    expect(listed.dropped[2]!.problem).toMatch(/record\.version: must be 1/);
    // Each is named by the key it is kept under, so the trainer can remove it; the others stay.
    expect(listed.dropped.map((d) => d.key)).toEqual(['broken', 'moved', 'newer', 'not-an-object']);
    for (const d of listed.dropped) await storeOn(factory).remove(d.key!);
    expect(await storeOn(factory).list()).toEqual({
      ok: true,
      records: [record('good')],
      dropped: [],
    });
  });

  it('says storage is unavailable when there is no IndexedDB, or it refuses to open', async () => {
    expect(await storeOn(undefined).list()).toEqual({ ok: false, problem: 'unavailable' });
    expect(await storeOn(undefined).put(record('a'))).toEqual({
      ok: false,
      problem: 'unavailable',
    });
    const factory = new IDBFactory();
    vi.spyOn(factory, 'open').mockImplementation(() => {
      throw new DOMException('The user denied permission', 'SecurityError');
    });
    expect(await storeOn(factory).list()).toEqual({ ok: false, problem: 'unavailable' });
  });

  it('says storage is blocked while another tab holds an older version open', async () => {
    const factory = new IDBFactory();
    const old = await new Promise<IDBDatabase>((resolve) => {
      const request = factory.open(OWN_DB, OWN_DB_VERSION - 1 || 1);
      request.onsuccess = () => resolve(request.result);
    });
    // The old tab ignores the request to let go.
    old.onversionchange = null;
    const newer = storeOn(factory);
    vi.spyOn(factory, 'open').mockImplementation((name, version) =>
      IDBFactory.prototype.open.call(factory, name, (version ?? 1) + 1),
    );
    expect(await newer.list()).toEqual({ ok: false, problem: 'blocked' });
    old.close();
  });

  it('says storage is full when a write exceeds the quota, and loses nothing kept', async () => {
    const factory = new IDBFactory();
    const store = storeOn(factory);
    await store.put(record('kept'));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await store.put(record('new'))).toEqual({ ok: false, problem: 'full' });
    vi.restoreAllMocks();
    expect(await store.list()).toEqual({ ok: true, records: [record('kept')], dropped: [] });
  });

  it('round-trips any list of valid records', async () => {
    const id = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/);
    const valid = fc.record({
      version: fc.constant(OWN_RECORD_VERSION),
      id,
      title: fc.string({ minLength: 1, maxLength: 100 }),
      text: fc.string({ minLength: 1, maxLength: 2_000 }),
      added: fc.nat(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(valid, { selector: (r) => r.id, maxLength: 12 }),
        async (list) => {
          const store = storeOn(new IDBFactory());
          for (const r of list) expect(await store.put(r)).toEqual({ ok: true });
          const listed = await store.list();
          const expected = readOwnRecords(list.map((r) => ({ key: r.id, value: r }))).records;
          expect(listed).toEqual({ ok: true, records: expected, dropped: [] });
          expect(expected).toHaveLength(list.length);
          await store.close();
        },
      ),
      { numRuns: 60 },
    );
  });
});
