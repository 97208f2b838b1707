import { sql } from 'kysely';
import { inject } from 'vitest';
import type { Database } from '@emporium/platform-db';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { catalogMigrationSet } from './catalog.migrations';
import {
  CATALOG_READ_CACHE_TTL_MS,
  cachedCatalogRead,
  catalogReadKey,
  invalidateCatalogReads,
  invalidateCatalogReadsOnCommit,
  openCatalogWrites,
} from './search-cache';

describe('the catalog read cache', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [catalogMigrationSet]);
  });
  afterEach(() => database.destroy());

  /** A load that counts its calls and reads the brands, so it sees what writes did. */
  function brandNames(db: Database) {
    const load = async () => {
      load.calls++;
      const { rows } = await sql<{ name: string }>`SELECT name FROM catalog.brand ORDER BY name`.execute(db);
      return rows.map((row) => row.name);
    };
    load.calls = 0;
    return load;
  }
  const addBrand = (db: Database, name: string) => sql`INSERT INTO catalog.brand (slug, name) VALUES (${name.toLowerCase()}, ${name})`.execute(db);

  it('serves one load to concurrent and later readers of a key, frozen', async () => {
    const load = brandNames(database.db);
    const [first, second] = await Promise.all([cachedCatalogRead(database.db, 'search', 'k', load), cachedCatalogRead(database.db, 'search', 'k', load)]);
    expect(second).toBe(first);
    expect(await cachedCatalogRead(database.db, 'search', 'k', load)).toBe(first);
    expect(load.calls).toBe(1);
    expect(Object.isFrozen(first)).toBe(true);
    await cachedCatalogRead(database.db, 'search', 'other', load);
    await cachedCatalogRead(database.db, 'product', 'k', load);
    expect(load.calls).toBe(3);
  });

  it('forgets everything when invalidated after a write', async () => {
    const load = brandNames(database.db);
    expect(await cachedCatalogRead(database.db, 'search', 'k', load)).toEqual([]);
    await addBrand(database.db, 'Hearth');
    invalidateCatalogReads();
    expect(await cachedCatalogRead(database.db, 'search', 'k', load)).toEqual(['Hearth']);
  });

  it('reads through while a write of this process is open, and shows it as soon as it commits', async () => {
    const load = brandNames(database.db);
    expect(await cachedCatalogRead(database.db, 'search', 'k', load)).toEqual([]);
    await database.db.transaction().execute(async (trx) => {
      await invalidateCatalogReadsOnCommit(trx);
      await addBrand(trx, 'Hearth');
      // Not committed: the read goes to the database (which does not show it yet) and keeps nothing.
      expect(await cachedCatalogRead(database.db, 'search', 'k', load)).toEqual([]);
      expect(await cachedCatalogRead(database.db, 'search', 'k', load)).toEqual([]);
    });
    expect(load.calls).toBe(3);
    expect(await cachedCatalogRead(database.db, 'search', 'k', load)).toEqual(['Hearth']);
    expect(await cachedCatalogRead(database.db, 'search', 'k', load)).toEqual(['Hearth']);
    expect(load.calls).toBe(4);
  });

  it('does not keep what a read saw before a write that committed while it ran', async () => {
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let read = () => undefined as void;
    const hasRead = new Promise<void>((resolve) => (read = resolve));
    const slow = async () => {
      const names = await brandNames(database.db)();
      read();
      await held;
      return names;
    };
    const before = cachedCatalogRead(database.db, 'search', 'k', slow);
    await hasRead;
    await database.db.transaction().execute(async (trx) => {
      await invalidateCatalogReadsOnCommit(trx);
      await addBrand(trx, 'Hearth');
    });
    release();
    expect(await before).toEqual([]);
    expect(await cachedCatalogRead(database.db, 'search', 'k', brandNames(database.db))).toEqual(['Hearth']);
  });

  it('starts afresh after a write that rolled back, and caches again', async () => {
    const load = brandNames(database.db);
    await cachedCatalogRead(database.db, 'search', 'k', load);
    await expect(
      database.db.transaction().execute(async (trx) => {
        await invalidateCatalogReadsOnCommit(trx);
        await addBrand(trx, 'Hearth');
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await cachedCatalogRead(database.db, 'search', 'k', load)).toEqual([]);
    await cachedCatalogRead(database.db, 'search', 'k', load);
    expect(load.calls).toBe(2);
  });

  it('keeps the open writes it tracks few when the process writes without reading', async () => {
    for (let write = 0; write < 100; write++) {
      await database.db.transaction().execute((trx) => invalidateCatalogReadsOnCommit(trx));
    }
    expect(openCatalogWrites()).toBeLessThanOrEqual(33);
    await cachedCatalogRead(database.db, 'search', 'k', brandNames(database.db));
    expect(openCatalogWrites()).toBe(0);
  });

  it('keeps no failure', async () => {
    let calls = 0;
    const failing = async () => {
      calls++;
      throw new Error('database unreachable');
    };
    await expect(cachedCatalogRead(database.db, 'search', 'k', failing)).rejects.toThrow('database unreachable');
    await expect(cachedCatalogRead(database.db, 'search', 'k', failing)).rejects.toThrow('database unreachable');
    expect(calls).toBe(2);
  });

  it('lets an entry live no longer than the TTL from when its read began', async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      const load = brandNames(database.db);
      await cachedCatalogRead(database.db, 'search', 'k', load);
      vi.advanceTimersByTime(CATALOG_READ_CACHE_TTL_MS - 1);
      await cachedCatalogRead(database.db, 'search', 'k', load);
      expect(load.calls).toBe(1);
      vi.advanceTimersByTime(1);
      await cachedCatalogRead(database.db, 'search', 'k', load);
      expect(load.calls).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keys requests by content, whatever the order of their fields', () => {
    expect(catalogReadKey({ b: [2, 1], a: { d: 1, c: null } })).toBe(catalogReadKey({ a: { c: null, d: 1 }, b: [2, 1] }));
    expect(catalogReadKey({ b: [2, 1] })).not.toBe(catalogReadKey({ b: [1, 2] }));
  });
});
