import fc from 'fast-check';
import {
  isSessionExpired,
  LAST_SEEN_GRANULARITY_MS,
  renewedExpiry,
  SESSION_LIFETIME_MS,
  sessionExpiry,
  shouldRecordLastSeen,
} from './session';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2025-06-01T12:00:00Z');
const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);

describe('sessions', () => {
  it('last 30 days', () => {
    expect(SESSION_LIFETIME_MS).toBe(30 * DAY);
    expect(sessionExpiry(now)).toEqual(new Date('2025-07-01T12:00:00Z'));
  });

  it('expire at the instant of expiresAt', () => {
    expect(isSessionExpired({ expiresAt: at(1) }, now)).toBe(false);
    expect(isSessionExpired({ expiresAt: now }, now)).toBe(true);
    expect(isSessionExpired({ expiresAt: at(-1) }, now)).toBe(true);
  });

  it('are renewed to a full 30 days when fewer than 15 days remain', () => {
    expect(renewedExpiry({ expiresAt: at(15 * DAY - 1) }, now)).toEqual(at(30 * DAY));
    expect(renewedExpiry({ expiresAt: at(1) }, now)).toEqual(at(30 * DAY));
  });

  it('are left alone with 15 days or more to go', () => {
    expect(renewedExpiry({ expiresAt: at(15 * DAY) }, now)).toBeNull();
    expect(renewedExpiry({ expiresAt: at(30 * DAY) }, now)).toBeNull();
  });

  it('are not revived once expired', () => {
    expect(renewedExpiry({ expiresAt: now }, now)).toBeNull();
    expect(renewedExpiry({ expiresAt: at(-DAY) }, now)).toBeNull();
  });

  it('are never shortened by a renewal', () => {
    fc.assert(
      fc.property(fc.integer({ min: -60 * DAY, max: 60 * DAY }), fc.integer({ min: 0, max: 4e12 }), (remaining, t) => {
        const clock = new Date(t);
        const expiresAt = new Date(t + remaining);
        const renewed = renewedExpiry({ expiresAt }, clock);
        if (renewed !== null) {
          expect(renewed.getTime()).toBeGreaterThan(expiresAt.getTime());
          expect(renewed.getTime() - clock.getTime()).toBe(SESSION_LIFETIME_MS);
        }
      }),
    );
  });
});

describe('shouldRecordLastSeen', () => {
  it('records at most once a minute', () => {
    expect(LAST_SEEN_GRANULARITY_MS).toBe(60_000);
    expect(shouldRecordLastSeen(at(-59_999), now)).toBe(false);
    expect(shouldRecordLastSeen(at(-60_000), now)).toBe(true);
    expect(shouldRecordLastSeen(at(-DAY), now)).toBe(true);
  });

  it('does not record when the stored time is ahead of the clock', () => {
    expect(shouldRecordLastSeen(at(5_000), now)).toBe(false);
  });
});
