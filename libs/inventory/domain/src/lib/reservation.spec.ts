import {
  DEFAULT_RESERVATION_TTL_SECONDS,
  MAX_RESERVATION_TTL_SECONDS,
  MIN_RESERVATION_TTL_SECONDS,
  planTransition,
  requestFingerprint,
  type ReservationAction,
  reservationExpiry,
  type ReservationStatus,
  type TransitionOutcome,
} from './reservation';

const now = new Date('2025-06-01T12:00:00Z');

describe('reservationExpiry', () => {
  it('holds stock for fifteen minutes by default', () => {
    expect(DEFAULT_RESERVATION_TTL_SECONDS).toBe(900);
    expect(reservationExpiry(now, DEFAULT_RESERVATION_TTL_SECONDS)).toEqual(new Date('2025-06-01T12:15:00Z'));
  });

  it('accepts TTLs from one second to a day', () => {
    expect(reservationExpiry(now, MIN_RESERVATION_TTL_SECONDS)).toEqual(new Date('2025-06-01T12:00:01Z'));
    expect(reservationExpiry(now, MAX_RESERVATION_TTL_SECONDS)).toEqual(new Date('2025-06-02T12:00:00Z'));
  });

  it('throws for a TTL outside the bounds or not in whole seconds', () => {
    for (const ttl of [0, MAX_RESERVATION_TTL_SECONDS + 1, 1.5, Number.NaN]) expect(() => reservationExpiry(now, ttl)).toThrow(RangeError);
  });

  it('does not change the clock it is given', () => {
    const clock = new Date(now);
    reservationExpiry(clock, 60);
    expect(clock).toEqual(now);
  });
});

describe('planTransition', () => {
  const refused = (status: ReservationStatus, action: ReservationAction): TransitionOutcome => ({
    kind: 'refuse',
    error: { type: 'ReservationNotActive', status, action },
  });

  it('commits an active reservation, and committing again changes nothing', () => {
    expect(planTransition('active', 'commit')).toEqual({ kind: 'apply', next: 'committed' });
    expect(planTransition('committed', 'commit')).toEqual({ kind: 'noop' });
  });

  it('refuses to commit a reservation that was released or expired', () => {
    expect(planTransition('released', 'commit')).toEqual(refused('released', 'commit'));
    expect(planTransition('expired', 'commit')).toEqual(refused('expired', 'commit'));
  });

  it('releases an active reservation; releasing one already ended changes nothing', () => {
    expect(planTransition('active', 'release')).toEqual({ kind: 'apply', next: 'released' });
    expect(planTransition('released', 'release')).toEqual({ kind: 'noop' });
    expect(planTransition('expired', 'release')).toEqual({ kind: 'noop' });
  });

  it('refuses to release a committed reservation (its goods are restocked instead)', () => {
    expect(planTransition('committed', 'release')).toEqual(refused('committed', 'release'));
  });

  it('expires only an active reservation, and ignores the rest', () => {
    expect(planTransition('active', 'expire')).toEqual({ kind: 'apply', next: 'expired' });
    for (const status of ['committed', 'released', 'expired'] as const) expect(planTransition(status, 'expire')).toEqual({ kind: 'noop' });
  });

  it('restocks only a committed reservation, which stays committed', () => {
    expect(planTransition('committed', 'restock')).toEqual({ kind: 'apply', next: 'committed' });
    for (const status of ['active', 'released', 'expired'] as const) expect(planTransition(status, 'restock')).toEqual(refused(status, 'restock'));
  });
});

describe('requestFingerprint', () => {
  const options = { ttlSeconds: 900, allowSplit: true, reference: 'cart-1' };

  it('is the same whatever the line order, splitting of lines or SKU case', () => {
    const a = requestFingerprint([{ sku: 'A', quantity: 2 }, { sku: 'B', quantity: 1 }], options);
    expect(requestFingerprint([{ sku: 'b', quantity: 1 }, { sku: 'A', quantity: 1 }, { sku: ' a', quantity: 1 }], options)).toBe(a);
  });

  it('differs when the quantities, SKUs or any option differ', () => {
    const base = requestFingerprint([{ sku: 'A', quantity: 2 }], options);
    const others = [
      requestFingerprint([{ sku: 'A', quantity: 3 }], options),
      requestFingerprint([{ sku: 'B', quantity: 2 }], options),
      requestFingerprint([{ sku: 'A', quantity: 2 }], { ...options, ttlSeconds: 60 }),
      requestFingerprint([{ sku: 'A', quantity: 2 }], { ...options, allowSplit: false }),
      requestFingerprint([{ sku: 'A', quantity: 2 }], { ...options, reference: null }),
      requestFingerprint([{ sku: 'A', quantity: 2 }], { ...options, reference: 'cart-2' }),
    ];
    expect(new Set([base, ...others]).size).toBe(others.length + 1);
  });

  it('cannot be confused by SKUs containing separators', () => {
    expect(requestFingerprint([{ sku: 'A,1', quantity: 1 }], options)).not.toBe(
      requestFingerprint([{ sku: 'A', quantity: 1 }, { sku: '1', quantity: 1 }], options),
    );
  });
});
