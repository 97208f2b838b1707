import { sql } from 'kysely';
import type { Database, DbTransaction } from '@emporium/platform-db';

/**
 * A short-lived in-process cache of what shoppers read most — search and category pages with their facets,
 * product pages, suggestions — keyed by the normalised request.
 *
 * - **Bounded staleness.** An entry lives `CATALOG_READ_CACHE_TTL_MS` from the moment its read began, so what it
 *   serves is never older than that. That is the bound for writes made by other processes.
 * - **This process's writes are seen at once.** Every refresh of the listing entries (which every catalog write
 *   does in its transaction) calls `invalidateCatalogReadsOnCommit(trx)`: from then until that transaction is known
 *   to have ended and to be visible to new snapshots, reads bypass the cache; after, nothing cached before counts.
 *   A write that refreshes no listing entry calls `invalidateCatalogReads()` after it commits (or the `OnCommit`
 *   variant inside its transaction).
 * - **One load per key.** Concurrent requests for the same key share one database read.
 * - Cached values are shared between requests, so they are frozen.
 *
 * Reads inside a transaction must not go through the cache: only the process's database handle does (the router's).
 */
export const CATALOG_READ_CACHE_TTL_MS = 5_000;

export type CatalogReadKind = 'search' | 'product' | 'related' | 'suggest';

/** Entries per kind: enough for the busy part of a catalog, small enough to keep the process lean (~10–20 MB). */
const MAX_ENTRIES: Readonly<Record<CatalogReadKind, number>> = { search: 300, product: 1_000, related: 300, suggest: 1_000 };

/** Bumped by every invalidation; an entry made under an older generation is never served. */
let generation = 0;
/** Transaction ids (xid8, as text) of this process's catalog writes not yet known to have ended. */
const openWrites = new Set<string>();
let settling: Promise<void> | null = null;
/** A process that writes much and reads little (a worker) checks its open writes as it writes, past this many. */
const CHECK_ON_WRITE_ABOVE = 32;

/** Forget everything cached. Call after a catalog write commits (not inside its transaction: see the OnCommit variant). */
export function invalidateCatalogReads(): void {
  generation++;
}

/**
 * Call inside the transaction of a catalog write: reads bypass the cache until the transaction has ended, then
 * start afresh. `refreshListingEntries` calls it, so writers that refresh the listing entries need nothing more.
 */
export async function invalidateCatalogReadsOnCommit(trx: DbTransaction): Promise<void> {
  const { rows } = await sql<{ xid: string }>`SELECT pg_current_xact_id()::text AS xid`.execute(trx);
  const xid = rows[0]?.xid;
  if (xid) openWrites.add(xid);
  generation++;
  if (openWrites.size > CHECK_ON_WRITE_ABOVE) forget(await endedWrites(trx, [...openWrites]));
}

/** Open writes of this process: a number for tests and metrics. */
export function openCatalogWrites(): number {
  return openWrites.size;
}

/**
 * Which of `xids` have ended: aborted, or committed and visible to a snapshot taken now (a commit is recorded a
 * moment before new snapshots see it, and an entry filled in that moment would hide the write).
 */
async function endedWrites(db: Database, xids: readonly string[]): Promise<string[]> {
  const { rows } = await sql<{ xid: string; ended: boolean }>`
    SELECT xid, coalesce(pg_xact_status(xid::xid8) = 'aborted'
                         OR (pg_xact_status(xid::xid8) = 'committed' AND pg_visible_in_snapshot(xid::xid8, pg_current_snapshot())), true) AS ended
    FROM unnest(${[...xids]}::text[]) AS xid`.execute(db);
  return rows.filter((row) => row.ended).map((row) => row.xid);
}

function forget(ended: readonly string[]): void {
  for (const xid of ended) openWrites.delete(xid);
  if (ended.length > 0) generation++;
}

/** Drops the open writes that have ended; one check at a time, shared by the reads waiting for it. */
function settleOpenWrites(db: Database): Promise<void> {
  settling ??= (async () => {
    const xids = [...openWrites];
    try {
      forget(await endedWrites(db, xids));
    } catch {
      // Unanswerable (the database is down, or the id is not this server's): a write that cannot commit either.
      forget(xids);
    } finally {
      settling = null;
    }
  })();
  return settling;
}

interface Entry {
  readonly value: Promise<unknown>;
  readonly expires: number;
}

/** Per database handle and kind; `generation` is the one its entries were made under (older ones are dropped). */
const caches = new WeakMap<Database, Map<CatalogReadKind, { generation: number; entries: Map<string, Entry> }>>();

function entriesFor(db: Database, kind: CatalogReadKind): Map<string, Entry> {
  let byKind = caches.get(db);
  if (!byKind) caches.set(db, (byKind = new Map()));
  let cache = byKind.get(kind);
  if (!cache || cache.generation !== generation) byKind.set(kind, (cache = { generation, entries: new Map() }));
  return cache.entries;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** A cache key from a request: JSON with object keys sorted, so `{a, b}` and `{b, a}` meet. */
export function catalogReadKey(request: unknown): string {
  return JSON.stringify(request, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

/**
 * The cached result of `load` for `key`, or `load`'s result, cached. `db` must be the process's database handle,
 * never a transaction. Failures are not cached.
 */
export async function cachedCatalogRead<T>(db: Database, kind: CatalogReadKind, key: string, load: () => Promise<T>): Promise<T> {
  if (openWrites.size > 0) await settleOpenWrites(db);
  // A write of this process may still commit: read what the database says, and keep nothing.
  if (openWrites.size > 0) return load();

  const entries = entriesFor(db, kind);
  const now = performance.now();
  const found = entries.get(key);
  if (found && found.expires > now) {
    // Most recently used last: the oldest entries go first when the cache is full.
    entries.delete(key);
    entries.set(key, found);
    return found.value as Promise<T>;
  }
  const entry: Entry = { value: load().then(deepFreeze), expires: now + CATALOG_READ_CACHE_TTL_MS };
  entries.delete(key);
  entries.set(key, entry);
  if (entries.size > MAX_ENTRIES[kind]) {
    for (const [oldKey, old] of entries) {
      if (entries.size <= MAX_ENTRIES[kind]) break;
      if (old !== entry) entries.delete(oldKey);
    }
  }
  entry.value.catch(() => {
    if (entries.get(key) === entry) entries.delete(key);
  });
  return entry.value as Promise<T>;
}
