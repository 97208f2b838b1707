import { type RequestLine, sumLines } from './allocate';
import type { InventoryError } from './errors';
import { skuKey } from './sku';

/** A reservation holds units for a checkout until it is committed (paid), released (abandoned) or expires. */
export type ReservationStatus = 'active' | 'committed' | 'released' | 'expired';
export type ReservationAction = 'commit' | 'release' | 'expire' | 'restock';

/** Fifteen minutes: long enough to pay, short enough that abandoned checkouts do not hide stock for long. */
export const DEFAULT_RESERVATION_TTL_SECONDS = 900;
export const MAX_RESERVATION_TTL_SECONDS = 86_400;
/** One second, so tests can watch a reservation expire. */
export const MIN_RESERVATION_TTL_SECONDS = 1;

/**
 * When a reservation made at `now` stops holding stock. The clock is passed in. A TTL that is not a whole number
 * of seconds between the minimum and the maximum is a broken contract (the API validates it) and throws `RangeError`.
 */
export function reservationExpiry(now: Date, ttlSeconds: number): Date {
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < MIN_RESERVATION_TTL_SECONDS || ttlSeconds > MAX_RESERVATION_TTL_SECONDS) {
    throw new RangeError(`Reservation TTL must be ${MIN_RESERVATION_TTL_SECONDS}–${MAX_RESERVATION_TTL_SECONDS} whole seconds, got ${ttlSeconds}`);
  }
  return new Date(now.getTime() + ttlSeconds * 1000);
}

export type TransitionOutcome =
  | { readonly kind: 'apply'; readonly next: ReservationStatus }
  | { readonly kind: 'noop' }
  | { readonly kind: 'refuse'; readonly error: InventoryError };

const apply = (next: ReservationStatus): TransitionOutcome => ({ kind: 'apply', next });
const NOOP: TransitionOutcome = { kind: 'noop' };
const refuse = (status: ReservationStatus, action: ReservationAction): TransitionOutcome => ({
  kind: 'refuse',
  error: { type: 'ReservationNotActive', status, action },
});

/**
 * What `action` does to a reservation in `status`. Repeating what already happened is a no-op, so a retried
 * payment webhook or a second expiry sweep changes nothing: committing twice, releasing a released or expired
 * reservation, expiring anything not active. Refused: committing what was released or expired (its stock may be
 * sold), releasing what was committed (the goods left — restock them instead), and restocking anything not
 * committed. A restock keeps the reservation committed; what was restocked is counted per allocation.
 */
export function planTransition(status: ReservationStatus, action: ReservationAction): TransitionOutcome {
  switch (action) {
    case 'commit':
      return status === 'active' ? apply('committed') : status === 'committed' ? NOOP : refuse(status, action);
    case 'release':
      return status === 'active' ? apply('released') : status === 'committed' ? refuse(status, action) : NOOP;
    case 'expire':
      return status === 'active' ? apply('expired') : NOOP;
    case 'restock':
      return status === 'committed' ? apply('committed') : refuse(status, action);
  }
}

/**
 * A canonical form of a reservation request, for idempotency keys: lines summed by `skuKey` and sorted, then the
 * options. Two requests that mean the same — lines in another order, split differently, SKUs in another case —
 * give the same string; any difference in what is asked gives a different one.
 */
export function requestFingerprint(
  lines: readonly RequestLine[],
  options: { ttlSeconds: number; allowSplit: boolean; reference: string | null },
): string {
  const canonical = sumLines(lines)
    .map((line): [string, number] => [skuKey(line.sku), line.quantity])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify({ lines: canonical, ttlSeconds: options.ttlSeconds, allowSplit: options.allowSplit, reference: options.reference });
}
