/** Where a page of search results ends, for the sort it was made with: opaque to clients, base64url JSON. */
export type SearchSort = 'relevance' | 'price-asc' | 'price-desc' | 'newest';

export interface SearchCursor {
  readonly sort: SearchSort;
  /** The last row's sort value: rank (relevance), minimum price (price), creation time in ISO form (newest). */
  readonly key: number | string;
  readonly id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SORTS: readonly SearchSort[] = ['relevance', 'price-asc', 'price-desc', 'newest'];

export function encodeSearchCursor(cursor: SearchCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.key, cursor.id]), 'utf8').toString('base64url');
}

/** Null for anything this search did not produce, including a cursor made for another sort. */
export function decodeSearchCursor(encoded: string, sort: SearchSort): SearchCursor | null {
  if (!/^[A-Za-z0-9_-]{1,512}$/.test(encoded)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [cursorSort, key, id] = value as unknown[];
    if (cursorSort !== sort || !SORTS.includes(sort) || typeof id !== 'string' || !UUID.test(id)) return null;
    const keyOk = sort === 'newest' ? typeof key === 'string' && !Number.isNaN(Date.parse(key)) : typeof key === 'number' && Number.isFinite(key);
    return keyOk ? { sort, key: key as number | string, id } : null;
  } catch {
    return null;
  }
}
