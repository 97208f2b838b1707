import { sql } from 'kysely';
import { inject } from 'vitest';
import type { CurrencyCode } from '@emporium/money';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { givenCurrencySetting } from '../testing';
import { cartMigrationSet } from './cart.migrations';
import { cachedCurrencySetting, forgetPricingSettings } from './pricing-settings-cache';

describe('the pricing settings a cart reads', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [cartMigrationSet]);
  });
  afterEach(() => database.destroy());

  it('are read once for a few seconds, and afresh once this process changed them', async () => {
    await givenCurrencySetting(database.db, { currency: 'USD' as CurrencyCode, defaultCountry: 'US', shippingEstimate: 599 });
    expect((await cachedCurrencySetting(database.db, 'USD' as CurrencyCode))?.shippingEstimate).toBe(599);
    await sql`UPDATE cart.currency_setting SET shipping_estimate = 799`.execute(database.db);
    expect((await cachedCurrencySetting(database.db, 'USD' as CurrencyCode))?.shippingEstimate).toBe(599);
    forgetPricingSettings(database.db);
    expect((await cachedCurrencySetting(database.db, 'USD' as CurrencyCode))?.shippingEstimate).toBe(799);
  });
});
