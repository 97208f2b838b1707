import { sql } from 'kysely';
import { inject } from 'vitest';
import { couponFor } from '@emporium/cart-domain';
import type { CurrencyCode } from '@emporium/money';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { givenCouponCode, givenPromotion } from '../testing/pricing-fixtures';
import { cartMigrationSet } from './cart.migrations';
import { redeemCoupon, releaseCoupon } from './coupon-redemptions';
import { activeAutomaticPromotions, findCouponCodes } from './promotion-lookup';

const NOW = new Date('2026-06-01T12:00:00Z');

describe('promotion lookup for carts', () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [cartMigrationSet]);
  });
  afterEach(() => database.destroy());

  const redeem = (code: string, orderRef: string, customerKey: string | null) => redeemCoupon(database.db, { code, orderRef, customerKey, now: NOW });

  it('finds the codes a cart holds with their promotions and counts; unknown codes are absent', async () => {
    const promotion = await givenPromotion(database.db, {
      name: 'Five off',
      discount: { kind: 'fixed_amount', per: 'order', amounts: { USD: 500 } },
      minimumSubtotal: { USD: 2500 },
      usageLimit: 10,
      perCustomerLimit: 2,
    });
    const five = await givenCouponCode(database.db, promotion.id, 'FIVE-A', 3);
    await givenCouponCode(database.db, promotion.id, 'FIVE-B');
    await redeem('FIVE-A', 'order-1', 'ada@example.com');
    await redeem('FIVE-B', 'order-2', 'ada@example.com');
    await redeem('FIVE-B', 'order-3', 'grace@example.com');
    await redeem('FIVE-A', 'order-4', 'ada@example.com'); // refused: Ada reached 2
    await redeem('FIVE-B', 'order-5', 'ada@example.com'); // refused too
    await releaseCoupon(database.db, { code: 'FIVE-B', orderRef: 'order-2' });

    const found = await findCouponCodes(database.db, ['FIVE-A', 'NOPE', 'FIVE-A'], 'ADA@example.com');
    expect([...found.keys()]).toEqual(['FIVE-A']);
    expect(found.get('FIVE-A')).toEqual({
      promotion: {
        id: promotion.id,
        name: 'Five off',
        trigger: 'code',
        discount: { kind: 'fixed_amount', per: 'order', amounts: { USD: 500 } },
        productIds: [],
        categoryIds: [],
        minimumSubtotal: { USD: 2500 },
        startsAt: null,
        endsAt: null,
        usageLimit: 10,
        perCustomerLimit: 2,
        combinable: 'stackable',
        active: true,
      },
      code: { id: five.id, code: 'FIVE-A', usageLimit: 3, usedCount: 1, active: true },
      // The promotion: order-1 and order-3 (order-2 was released); Ada: order-1 only.
      usage: { promotion: 2, code: 1, byCustomer: 1 },
    });
    expect((await findCouponCodes(database.db, ['FIVE-B'], null)).get('FIVE-B')?.usage).toEqual({ promotion: 2, code: 1, byCustomer: 0 });
    expect((await findCouponCodes(database.db, ['FIVE-B'], 'grace@example.com')).get('FIVE-B')?.usage.byCustomer).toBe(1);
    expect(await findCouponCodes(database.db, [], 'ada@example.com')).toEqual(new Map());
  });

  it('returns switched-off codes and promotions, for the caller to explain', async () => {
    const off = await givenPromotion(database.db, { active: false });
    await givenCouponCode(database.db, off.id, 'PROMO-OFF');
    const on = await givenPromotion(database.db);
    const code = await givenCouponCode(database.db, on.id, 'CODE-OFF');
    await sql`UPDATE cart.coupon_code SET active = false WHERE id = ${code.id}::uuid`.execute(database.db);
    const found = await findCouponCodes(database.db, ['PROMO-OFF', 'CODE-OFF'], null);
    expect(found.get('PROMO-OFF')?.promotion.active).toBe(false);
    expect(found.get('CODE-OFF')?.code.active).toBe(false);
  });

  it('gives what couponFor needs to build a pricing coupon', async () => {
    const promotion = await givenPromotion(database.db, { usageLimit: 100 });
    await givenCouponCode(database.db, promotion.id, 'ONE-SHOT', 1);
    await redeem('ONE-SHOT', 'order-1', null);
    const lookup = (await findCouponCodes(database.db, ['ONE-SHOT'], null)).get('ONE-SHOT');
    if (!lookup) throw new Error('not found');
    // The code is spent: pricing is told about the code's limit.
    expect(couponFor(lookup.promotion, lookup.code, 'USD' as CurrencyCode, lookup.usage)?.coupon.usageLimit).toBe(1);
  });

  it('lists active automatic promotions oldest first, leaving dates and limits to pricing', async () => {
    const first = await givenPromotion(database.db, { name: 'First', trigger: 'automatic', endsAt: new Date('2020-01-01T00:00:00Z') });
    await givenPromotion(database.db, { name: 'Off', trigger: 'automatic', active: false });
    await givenPromotion(database.db, { name: 'Needs a code' });
    const second = await givenPromotion(database.db, { name: 'Second', trigger: 'automatic', usageLimit: 5 });
    await sql`UPDATE cart.promotion SET used_count = 5 WHERE id = ${second.id}::uuid`.execute(database.db);
    const automatic = await activeAutomaticPromotions(database.db, 'ada@example.com');
    expect(automatic.map((entry) => entry.promotion.id)).toEqual([first.id, second.id]);
    expect(automatic.map((entry) => entry.usage)).toEqual([
      { promotion: 0, code: 0, byCustomer: 0 },
      { promotion: 5, code: 0, byCustomer: 0 },
    ]);
  });
});
