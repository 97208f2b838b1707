/**
 * Keyset pagination position for the product listing, ordered by (title, id). Opaque to clients: base64url JSON.
 * Keyset rather than OFFSET keeps page 500 as fast as page 1 and stable while products are added.
 */
export interface ListingCursor {
  readonly title: string;
  readonly id: string;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeListingCursor(cursor: ListingCursor): string {
  return Buffer.from(JSON.stringify([cursor.title, cursor.id]), 'utf8').toString('base64url');
}

/** Returns null for anything that is not a cursor this listing produced. */
export function decodeListingCursor(encoded: string): ListingCursor | null {
  if (!/^[A-Za-z0-9_-]+$/.test(encoded)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [title, id] = value as unknown[];
    if (typeof title !== 'string' || typeof id !== 'string' || !UUID_PATTERN.test(id)) return null;
    return { title, id };
  } catch {
    return null;
  }
}
