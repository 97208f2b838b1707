import { sql } from 'kysely';
import { givenCouponCode, givenPromotion } from '@emporium/cart-data-access/testing';
import { outcome, usePricingHarness } from './cart-admin.harness.test';

describe('coupons router (for the checkout)', () => {
  const harness = usePricingHarness();
  const { as, service, state } = harness;
  const db = () => harness.database().db;
  const usedCount = async (code: string) =>
    (await sql<{ used_count: number }>`SELECT used_count FROM cart.coupon_code WHERE code = ${code}`.execute(db())).rows[0]?.used_count;

  beforeAll(async () => {
    const promotion = await givenPromotion(db(), { perCustomerLimit: 1 });
    await givenCouponCode(db(), promotion.id, 'CHECKOUT-1', 1);
    await givenCouponCode(db(), promotion.id, 'CHECKOUT-MANY');
    await givenCouponCode(db(), (await givenPromotion(db(), { endsAt: new Date('2024-09-01T00:00:00Z') })).id, 'OVER');
    await givenCouponCode(db(), (await givenPromotion(db(), { startsAt: new Date('2099-01-01T00:00:00Z') })).id, 'FUTURE');
    await givenCouponCode(db(), (await givenPromotion(db(), { active: false })).id, 'SWITCHED-OFF');
  });

  it('refuses to redeem or release from a browser, whoever is signed in, and nothing changes', async () => {
    const before = await state();
    for (const role of [null, 'customer', 'staff', 'admin'] as const) {
      expect({ role, code: (await outcome(as(role).coupons.redeem({ code: 'CHECKOUT-MANY', orderRef: 'browser-1' }))).code }).toEqual({ role, code: 'FORBIDDEN' });
      expect({ role, code: (await outcome(as(role).coupons.release({ code: 'CHECKOUT-MANY', orderRef: 'browser-1' }))).code }).toEqual({ role, code: 'FORBIDDEN' });
    }
    expect(await state()).toBe(before);
  });

  it('redeems a code typed in any case for an order, and replays the same order', async () => {
    const first = await service().coupons.redeem({ code: ' checkout-1 ', orderRef: 'order-1', customerKey: 'ada@example.com' });
    expect(first).toEqual({ redemptionId: expect.any(String), replayed: false });
    expect(await service().coupons.redeem({ code: 'CHECKOUT-1', orderRef: 'order-1', customerKey: 'ada@example.com' })).toEqual({ ...first, replayed: true });
    expect(await usedCount('CHECKOUT-1')).toBe(1);
  });

  it('answers why a code cannot be redeemed, with a stable reason and details', async () => {
    const before = await state();
    const refused = (code: string, customerKey: string | null = null) => outcome(service().coupons.redeem({ code, orderRef: 'order-refused', customerKey }));
    expect(await refused('CHECKOUT-1')).toMatchObject({ code: 'CONFLICT', reason: 'COUPON_USAGE_LIMIT_REACHED', details: { code: 'CHECKOUT-1', limit: 1 } });
    expect(await refused('CHECKOUT-MANY', 'ADA@example.com')).toMatchObject({ code: 'CONFLICT', reason: 'COUPON_CUSTOMER_LIMIT_REACHED', details: { limit: 1 } });
    expect(await refused('OVER')).toMatchObject({ code: 'CONFLICT', reason: 'COUPON_EXPIRED', details: { endsAt: '2024-09-01T00:00:00.000Z' } });
    expect(await refused('FUTURE')).toMatchObject({ code: 'CONFLICT', reason: 'COUPON_NOT_STARTED', details: { startsAt: '2099-01-01T00:00:00.000Z' } });
    expect(await refused('SWITCHED-OFF')).toMatchObject({ code: 'CONFLICT', reason: 'COUPON_INACTIVE' });
    expect(await refused('NO-SUCH-CODE')).toMatchObject({ code: 'NOT_FOUND', reason: 'COUPON_NOT_FOUND', details: { code: 'NO-SUCH-CODE' } });
    expect(await state()).toBe(before);
  });

  it('releases a redemption once, so the code can be used again', async () => {
    await service().coupons.redeem({ code: 'CHECKOUT-MANY', orderRef: 'order-2', customerKey: 'grace@example.com' });
    expect(await service().coupons.release({ code: 'checkout-many', orderRef: 'order-2' })).toEqual({ released: true, replayed: false });
    expect(await service().coupons.release({ code: 'CHECKOUT-MANY', orderRef: 'order-2' })).toEqual({ released: true, replayed: true });
    expect(await service().coupons.release({ code: 'CHECKOUT-MANY', orderRef: 'never-redeemed' })).toEqual({ released: false, replayed: false });
    expect(await service().coupons.redeem({ code: 'CHECKOUT-MANY', orderRef: 'order-3', customerKey: 'grace@example.com' })).toMatchObject({ replayed: false });
  });

  it('refuses malformed requests with the field named', async () => {
    const cases: Array<[string, () => Promise<unknown>, string[]]> = [
      ['an empty order', () => service().coupons.redeem({ code: 'CHECKOUT-MANY', orderRef: '  ' }), ['orderRef']],
      ['a 201-character order', () => service().coupons.redeem({ code: 'CHECKOUT-MANY', orderRef: 'o'.repeat(201) }), ['orderRef']],
      ['a code with quotes', () => service().coupons.redeem({ code: `X' OR '1'='1`, orderRef: 'order-4' }), ['code']],
      ['a 321-character customer', () => service().coupons.redeem({ code: 'CHECKOUT-MANY', orderRef: 'order-4', customerKey: 'c'.repeat(321) }), ['customerKey']],
      ['a count sneaked in', () => service().coupons.redeem({ code: 'CHECKOUT-MANY', orderRef: 'order-4', usedCount: 0 } as never), ['']],
      ['a release without an order', () => service().coupons.release({ code: 'CHECKOUT-MANY' } as never), ['orderRef']],
    ];
    const before = await state();
    for (const [label, call, fields] of cases) {
      const seen = await outcome(call);
      expect({ label, code: seen.code, fields: seen.fields }).toEqual({ label, code: 'BAD_REQUEST', fields });
    }
    expect(await state()).toBe(before);
  });
});
