import { sql } from 'kysely';
import { inject } from 'vitest';
import type { CurrencyCode } from '@emporium/money';
import { inTransaction } from '@emporium/platform-db';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { cartMigrationSet } from './cart.migrations';
import { currencySetting } from './currency-settings';
import { DEMO_BATCH_PROMOTION, DEMO_COUPONS, seedDemoPricing } from './demo-pricing';
import { findCouponCodes } from './promotion-lookup';
import { listPromotions } from './promotions';
import { listTaxClasses } from './tax-classes';
import { deleteTaxRegion, listTaxRegions, taxRatesFor } from './tax-regions';

describe('demo pricing', () => {
  let database: TestDatabase;
  const seed = () => inTransaction(database.db, seedDemoPricing);
  const tableCounts = async () =>
    (
      await sql<{ counts: string }>`
        SELECT concat_ws(' ', (SELECT count(*) FROM cart.tax_class), (SELECT count(*) FROM cart.tax_region), (SELECT count(*) FROM cart.tax_rate),
          (SELECT count(*) FROM cart.currency_setting), (SELECT count(*) FROM cart.promotion), (SELECT count(*) FROM cart.coupon_code),
          (SELECT count(*) FROM cart.coupon_batch)) AS counts`.execute(database.db)
    ).rows[0]?.counts;

  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [cartMigrationSet]);
  });
  afterAll(() => database.destroy());

  it('seeds tax classes, regions, currencies and promotions, and seeding again (even twice at once) changes nothing', async () => {
    await seed();
    const first = await tableCounts();
    // 3 classes, 10 regions with 3 rates each, 5 currencies, 6 promotions, 5 codes + a batch of 5.
    expect(first).toBe('3 10 30 5 6 10 1');
    await Promise.all([seed(), seed()]);
    expect(await tableCounts()).toBe(first);

    expect(await listTaxClasses(database.db)).toEqual([
      { code: 'reduced', name: 'Reduced rate' },
      { code: 'standard', name: 'Standard rate' },
      { code: 'zero', name: 'Zero rate' },
    ]);
    expect((await taxRatesFor(database.db, 'US')).filter((rate) => rate.taxClass === 'standard').map((rate) => [rate.region ?? '', rate.basisPoints])).toEqual([
      ['', 0],
      ['CA', 725],
      ['NY', 400],
      ['TX', 625],
    ]);
    expect(await taxRatesFor(database.db, 'DE')).toEqual([
      { country: 'DE', taxClass: 'reduced', basisPoints: 700, label: 'VAT' },
      { country: 'DE', taxClass: 'standard', basisPoints: 1900, label: 'VAT' },
      { country: 'DE', taxClass: 'zero', basisPoints: 0, label: 'VAT' },
    ]);
    expect(await currencySetting(database.db, 'KWD' as CurrencyCode)).toEqual({
      currency: 'KWD',
      taxMode: 'exclusive',
      rounding: 'half-up',
      defaultCountry: 'KW',
      shippingEstimate: 2000,
      freeShippingFrom: null,
      shippingTaxClass: 'standard',
    });
    expect(await currencySetting(database.db, 'EUR' as CurrencyCode)).toMatchObject({ taxMode: 'inclusive', defaultCountry: 'DE', shippingEstimate: 495, freeShippingFrom: 6000 });
  });

  it('has a code for each demo coupon, SUMMER24 expired, and single-use LAUNCH codes', async () => {
    const found = await findCouponCodes(database.db, [...DEMO_COUPONS], null);
    expect([...found.keys()].sort()).toEqual([...DEMO_COUPONS].sort());
    expect(found.get('WELCOME10')?.promotion).toMatchObject({ discount: { kind: 'percentage', basisPoints: 1000 }, combinable: 'stackable', minimumSubtotal: {} });
    expect(found.get('FREESHIP')?.promotion).toMatchObject({ discount: { kind: 'free_shipping' }, minimumSubtotal: { USD: 3000, EUR: 3000 } });
    expect(found.get('SAVE5')?.promotion).toMatchObject({
      discount: { kind: 'fixed_amount', per: 'order', amounts: { USD: 500, EUR: 500 } },
      minimumSubtotal: { USD: 2500, EUR: 2500 },
      combinable: 'stackable',
    });
    expect(found.get('VIP20')?.promotion).toMatchObject({ discount: { kind: 'percentage', basisPoints: 2000 }, combinable: 'exclusive' });
    expect(found.get('SUMMER24')?.promotion).toMatchObject({ discount: { kind: 'percentage', basisPoints: 1500 }, endsAt: new Date('2024-09-01T00:00:00Z') });

    const expired = await listPromotions(database.db, { status: 'expired', limit: 50, offset: 0 });
    expect(expired.rows.map((promotion) => promotion.name)).toEqual(['Summer sale 2024']);
    const launch = (await listPromotions(database.db, { status: 'all', search: DEMO_BATCH_PROMOTION, limit: 1, offset: 0 })).rows[0];
    expect(launch).toMatchObject({ codeCount: 5, batchCount: 1 });
    const codes = await sql<{ code: string; usage_limit: number }>`SELECT code, usage_limit FROM cart.coupon_code WHERE promotion_id = ${launch?.id}::uuid`.execute(database.db);
    for (const code of codes.rows) expect(code).toEqual({ code: expect.stringMatching(/^LAUNCH-[A-Z2-9]{8}$/), usage_limit: 1 });
  });

  it('leaves a region the merchant deleted deleted', async () => {
    const [first] = await listTaxRegions(database.db);
    if (first) await deleteTaxRegion(database.db, first.id);
    await seed();
    expect(await listTaxRegions(database.db)).toHaveLength(9);
  });
});
