import { sql } from 'kysely';
import { inject } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { givenCouponCode, givenPromotion } from '../testing/pricing-fixtures';
import { cartMigrationSet } from './cart.migrations';
import { batchCodes, generateCouponBatch } from './coupon-codes';
import { redeemCoupon, releaseCoupon } from './coupon-redemptions';

const NOW = new Date('2026-06-01T12:00:00Z');
const DAY = 86_400_000;

describe('coupon redemptions', () => {
  let database: TestDatabase;

  beforeEach(async () => {
    // Enough connections for every concurrent redemption to hold one of its own.
    database = await createTestDatabase(inject('pgAdminUrl'), [cartMigrationSet], { poolMax: 21 });
    // Open every connection up front, so the racing transactions start together rather than one per new connection.
    await Promise.all(Array.from({ length: 21 }, () => sql`SELECT pg_sleep(0.02)`.execute(database.db)));
  });
  afterEach(() => database.destroy());

  const counts = async (codeId: string) => {
    const { rows } = await sql<{ code: number; promotion: number; redemptions: number; unreleased: number }>`
      SELECT c.used_count AS code, p.used_count AS promotion,
        (SELECT count(*)::int FROM cart.coupon_redemption r WHERE r.coupon_code_id = c.id) AS redemptions,
        (SELECT count(*)::int FROM cart.coupon_redemption r WHERE r.coupon_code_id = c.id AND r.released_at IS NULL) AS unreleased
      FROM cart.coupon_code c JOIN cart.promotion p ON p.id = c.promotion_id WHERE c.id = ${codeId}::uuid`.execute(database.db);
    return rows[0];
  };
  const redeem = (code: string, orderRef: string, customerKey: string | null = null, now = NOW) => redeemCoupon(database.db, { code, orderRef, customerKey, now });

  it('redeems a code for an order, counting it on the code and the promotion', async () => {
    const promotion = await givenPromotion(database.db);
    const code = await givenCouponCode(database.db, promotion.id, 'SAVE10');
    expect(await redeem('SAVE10', 'order-1', 'Shopper@Example.com')).toEqual({ ok: true, value: { redemptionId: expect.stringMatching(/^\d+$/), replayed: false } });
    expect(await counts(code.id)).toEqual({ code: 1, promotion: 1, redemptions: 1, unreleased: 1 });
    const stored = await sql<{ customer_key: string }>`SELECT customer_key FROM cart.coupon_redemption`.execute(database.db);
    expect(stored.rows).toEqual([{ customer_key: 'shopper@example.com' }]);
  });

  it('replays the same order: same redemption, counted once', async () => {
    const promotion = await givenPromotion(database.db, { usageLimit: 1 });
    const code = await givenCouponCode(database.db, promotion.id, 'ONCE');
    const first = await redeem('ONCE', 'order-1');
    // The limit is reached now, but the same order asking again is answered, not refused.
    const again = await redeem('ONCE', 'order-1');
    expect(again).toEqual({ ok: true, value: { redemptionId: first.ok ? first.value.redemptionId : '', replayed: true } });
    expect(await counts(code.id)).toEqual({ code: 1, promotion: 1, redemptions: 1, unreleased: 1 });
  });

  it('refuses unknown, inactive, not yet started and expired codes, writing nothing', async () => {
    const running = await givenPromotion(database.db, { startsAt: new Date(NOW.getTime() - DAY), endsAt: new Date(NOW.getTime() + DAY) });
    const off = await givenCouponCode(database.db, running.id, 'OFF-CODE');
    await sql`UPDATE cart.coupon_code SET active = false WHERE id = ${off.id}::uuid`.execute(database.db);
    const offPromotion = await givenPromotion(database.db, { active: false });
    await givenCouponCode(database.db, offPromotion.id, 'OFF-PROMO');
    const startsAt = new Date(NOW.getTime() + DAY);
    await givenCouponCode(database.db, (await givenPromotion(database.db, { startsAt })).id, 'LATER');
    const endsAt = new Date(NOW.getTime() - DAY);
    await givenCouponCode(database.db, (await givenPromotion(database.db, { endsAt })).id, 'GONE');
    await givenCouponCode(database.db, (await givenPromotion(database.db, { endsAt: NOW })).id, 'ENDS-NOW');

    expect(await redeem('NOPE', 'order-1')).toEqual({ ok: false, error: { type: 'UnknownCode', code: 'NOPE' } });
    expect(await redeem('OFF-CODE', 'order-1')).toEqual({ ok: false, error: { type: 'Inactive', code: 'OFF-CODE' } });
    expect(await redeem('OFF-PROMO', 'order-1')).toEqual({ ok: false, error: { type: 'Inactive', code: 'OFF-PROMO' } });
    expect(await redeem('LATER', 'order-1')).toEqual({ ok: false, error: { type: 'NotStarted', code: 'LATER', startsAt } });
    expect(await redeem('GONE', 'order-1')).toEqual({ ok: false, error: { type: 'Expired', code: 'GONE', endsAt } });
    expect(await redeem('ENDS-NOW', 'order-1')).toEqual({ ok: false, error: { type: 'Expired', code: 'ENDS-NOW', endsAt: NOW } });
    const written = await sql<{ redemptions: number; used: number }>`
      SELECT (SELECT count(*)::int FROM cart.coupon_redemption) AS redemptions,
             (SELECT coalesce(sum(used_count), 0)::int FROM cart.coupon_code) + (SELECT coalesce(sum(used_count), 0)::int FROM cart.promotion) AS used`.execute(database.db);
    expect(written.rows[0]).toEqual({ redemptions: 0, used: 0 });
  });

  it('lets exactly one of 20 concurrent checkouts redeem a single-use code', async () => {
    const promotion = await givenPromotion(database.db);
    const code = await givenCouponCode(database.db, promotion.id, 'SINGLE', 1);
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, index) => redeem('SINGLE', `order-${index}`)));
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(outcomes.filter((outcome) => !outcome.ok)).toEqual(Array.from({ length: 19 }, () => ({ ok: false, error: { type: 'UsageLimitReached', code: 'SINGLE', limit: 1 } })));
    expect(await counts(code.id)).toEqual({ code: 1, promotion: 1, redemptions: 1, unreleased: 1 });
  });

  it('holds a promotion’s limit across its codes: 5 of 20 single-use codes redeemed at once', async () => {
    const promotion = await givenPromotion(database.db, { usageLimit: 5 });
    const batch = await generateCouponBatch(database.db, { promotionId: promotion.id, count: 20, prefix: 'RUSH' });
    const exported = batch.ok ? await batchCodes(database.db, batch.value.id) : null;
    const codes = exported?.ok ? exported.value.codes.map((code) => code.code) : [];
    expect(codes).toHaveLength(20);
    const outcomes = await Promise.all(codes.map((code, index) => redeem(code, `order-${index}`)));
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(5);
    expect(new Set(outcomes.flatMap((outcome) => (outcome.ok ? [] : [JSON.stringify({ type: outcome.error.type, limit: 'limit' in outcome.error ? outcome.error.limit : null })])))).toEqual(
      new Set([JSON.stringify({ type: 'UsageLimitReached', limit: 5 })]),
    );
    const totals = await sql<{ promotion: number; codes: number; redemptions: number }>`
      SELECT p.used_count AS promotion, (SELECT sum(used_count)::int FROM cart.coupon_code WHERE promotion_id = p.id) AS codes,
             (SELECT count(*)::int FROM cart.coupon_redemption WHERE promotion_id = p.id) AS redemptions
      FROM cart.promotion p WHERE p.id = ${promotion.id}::uuid`.execute(database.db);
    expect(totals.rows[0]).toEqual({ promotion: 5, codes: 5, redemptions: 5 });
  });

  it('holds a per-customer limit: one of 10 concurrent redemptions by one customer, whatever the case of their e-mail', async () => {
    const promotion = await givenPromotion(database.db, { perCustomerLimit: 1 });
    const code = await givenCouponCode(database.db, promotion.id, 'PERSONAL');
    const outcomes = await Promise.all(Array.from({ length: 10 }, (_, index) => redeem('PERSONAL', `order-${index}`, index % 2 ? 'ada@example.com' : ' ADA@example.com ')));
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(outcomes.filter((outcome) => !outcome.ok).map((outcome) => !outcome.ok && outcome.error)).toEqual(
      Array.from({ length: 9 }, () => ({ type: 'CustomerLimitReached', code: 'PERSONAL', limit: 1 })),
    );
    expect(await counts(code.id)).toEqual({ code: 1, promotion: 1, redemptions: 1, unreleased: 1 });
    // Another customer, and a guest without a key, are not held by Ada's redemption.
    expect((await redeem('PERSONAL', 'order-grace', 'grace@example.com')).ok).toBe(true);
    expect((await redeem('PERSONAL', 'order-anon', null)).ok).toBe(true);
  });

  it('counts a customer’s redemptions across the promotion’s codes', async () => {
    const promotion = await givenPromotion(database.db, { perCustomerLimit: 2 });
    for (const code of ['ONE-A', 'ONE-B', 'ONE-C']) await givenCouponCode(database.db, promotion.id, code);
    expect((await redeem('ONE-A', 'order-1', 'user-1')).ok).toBe(true);
    expect((await redeem('ONE-B', 'order-2', 'user-1')).ok).toBe(true);
    expect(await redeem('ONE-C', 'order-3', 'user-1')).toEqual({ ok: false, error: { type: 'CustomerLimitReached', code: 'ONE-C', limit: 2 } });
  });

  it('releases once however often it is asked, and a released code can be redeemed again', async () => {
    const promotion = await givenPromotion(database.db, { usageLimit: 10 });
    const code = await givenCouponCode(database.db, promotion.id, 'GIVE-BACK', 1);
    const first = await redeem('GIVE-BACK', 'order-1');
    expect(await redeem('GIVE-BACK', 'order-2')).toMatchObject({ ok: false, error: { type: 'UsageLimitReached', limit: 1 } });

    expect(await releaseCoupon(database.db, { code: 'GIVE-BACK', orderRef: 'order-1' })).toEqual({ released: true, replayed: false });
    expect(await releaseCoupon(database.db, { code: 'GIVE-BACK', orderRef: 'order-1' })).toEqual({ released: true, replayed: true });
    expect(await counts(code.id)).toEqual({ code: 0, promotion: 0, redemptions: 1, unreleased: 0 });

    // The same order takes it again (the row comes back), then another order can have it after a second release.
    const again = await redeem('GIVE-BACK', 'order-1');
    expect(again).toEqual({ ok: true, value: { redemptionId: first.ok ? first.value.redemptionId : '', replayed: false } });
    expect(await counts(code.id)).toEqual({ code: 1, promotion: 1, redemptions: 1, unreleased: 1 });
    await releaseCoupon(database.db, { code: 'GIVE-BACK', orderRef: 'order-1' });
    expect((await redeem('GIVE-BACK', 'order-2')).ok).toBe(true);
    expect(await counts(code.id)).toEqual({ code: 1, promotion: 1, redemptions: 2, unreleased: 1 });
  });

  it('releases nothing for an unknown code or an order that never redeemed it', async () => {
    const promotion = await givenPromotion(database.db);
    const code = await givenCouponCode(database.db, promotion.id, 'KEPT');
    await redeem('KEPT', 'order-1');
    expect(await releaseCoupon(database.db, { code: 'NOPE', orderRef: 'order-1' })).toEqual({ released: false, replayed: false });
    expect(await releaseCoupon(database.db, { code: 'KEPT', orderRef: 'order-2' })).toEqual({ released: false, replayed: false });
    expect(await counts(code.id)).toEqual({ code: 1, promotion: 1, redemptions: 1, unreleased: 1 });
  });

  it('releases concurrently without giving back twice', async () => {
    const promotion = await givenPromotion(database.db);
    const code = await givenCouponCode(database.db, promotion.id, 'RACE-BACK');
    await redeem('RACE-BACK', 'order-1');
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => releaseCoupon(database.db, { code: 'RACE-BACK', orderRef: 'order-1' })));
    expect(outcomes.filter((outcome) => !outcome.replayed)).toHaveLength(1);
    expect(await counts(code.id)).toEqual({ code: 0, promotion: 0, redemptions: 1, unreleased: 0 });
  });
});
