const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** As the order service takes it: 32 to 128 characters, URL-safe. */
const ACCESS_TOKEN = /^[A-Za-z0-9_-]{32,128}$/;

export function isOrderId(value: string): boolean {
  return UUID.test(value);
}

/** The guest's access token in a link's fragment (`/orders/<id>#<token>`), or null when the fragment holds none. */
export function readAccessToken(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  let candidate = raw;
  try {
    candidate = decodeURIComponent(raw);
  } catch {
    // A malformed escape: the raw text is checked as it is.
  }
  candidate = candidate.trim();
  return ACCESS_TOKEN.test(candidate) ? candidate : null;
}

/**
 * A guest's order page: the token travels in the fragment, which the browser never sends to a server or puts in a
 * Referer, never in the query string.
 */
export function guestOrderPath(orderId: string, accessToken: string): string {
  return `/orders/${encodeURIComponent(orderId)}#${encodeURIComponent(accessToken)}`;
}

export function customerOrderPath(orderId: string): string {
  return `/account/orders/${encodeURIComponent(orderId)}`;
}
