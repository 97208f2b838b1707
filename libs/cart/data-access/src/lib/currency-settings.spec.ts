import { inject } from 'vitest';
import type { CurrencyCode } from '@emporium/money';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { givenTaxClasses } from '../testing/pricing-fixtures';
import { cartMigrationSet } from './cart.migrations';
import { currencySetting, type CurrencySetting, listCurrencySettings, updateCurrencySetting } from './currency-settings';

const code = (currency: string) => currency as CurrencyCode;

const EUR: CurrencySetting = {
  currency: code('EUR'),
  taxMode: 'inclusive',
  rounding: 'half-even',
  defaultCountry: 'DE',
  shippingEstimate: 495,
  freeShippingFrom: 6000,
  shippingTaxClass: 'standard',
};

describe('currency settings', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [cartMigrationSet]);
    await givenTaxClasses(database.db, ['standard', 'zero']);
  });
  afterAll(() => database.destroy());

  it('creates settings for a currency and reads them back as numbers', async () => {
    expect(await updateCurrencySetting(database.db, EUR)).toEqual({ ok: true, value: { ...EUR, updatedAt: expect.any(Date) } });
    expect(await currencySetting(database.db, code('EUR'))).toEqual(EUR);
    expect(await currencySetting(database.db, code('CHF'))).toBeNull();
  });

  it('replaces the settings of a currency that has them', async () => {
    await updateCurrencySetting(database.db, { ...EUR, currency: code('USD'), taxMode: 'exclusive', defaultCountry: 'US' });
    const changed: CurrencySetting = { ...EUR, currency: code('USD'), taxMode: 'exclusive', rounding: 'half-up', defaultCountry: 'US', shippingEstimate: 0, freeShippingFrom: null, shippingTaxClass: 'zero' };
    await updateCurrencySetting(database.db, changed);
    expect(await currencySetting(database.db, code('USD'))).toEqual(changed);
    expect((await listCurrencySettings(database.db)).map((setting) => setting.currency)).toEqual(['EUR', 'USD']);
  });

  it('refuses a shipping tax class that does not exist', async () => {
    expect(await updateCurrencySetting(database.db, { ...EUR, currency: code('GBP'), shippingTaxClass: 'luxury' })).toEqual({
      ok: false,
      error: { type: 'UnknownTaxClass', taxClass: 'luxury' },
    });
    expect(await currencySetting(database.db, code('GBP'))).toBeNull();
  });
});
