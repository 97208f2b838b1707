import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { findTaxRate, type TaxRate } from '@emporium/pricing';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { givenTaxClasses, givenTaxRegion } from '../testing/pricing-fixtures';
import { cartMigrationSet } from './cart.migrations';
import { deleteTaxRegion, listTaxRegions, saveTaxRegion, type TaxRateRecord, taxRatesFor } from './tax-regions';

describe('tax regions', () => {
  let database: TestDatabase;
  const rateCount = async () => (await sql<{ count: number }>`SELECT count(*)::int AS count FROM cart.tax_rate`.execute(database.db)).rows[0]?.count;

  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [cartMigrationSet]);
    await givenTaxClasses(database.db, ['standard', 'reduced', 'zero']);
  });
  afterEach(() => database.destroy());

  it('creates a region with its rates and lists regions by country, the country-wide one first', async () => {
    const created = await saveTaxRegion(database.db, {
      country: 'US',
      region: 'CA',
      name: 'California',
      rates: [
        { taxClass: 'standard', basisPoints: 725, label: 'Sales tax' },
        { taxClass: 'zero', basisPoints: 0, label: 'Sales tax' },
      ],
    });
    expect(created).toEqual({
      ok: true,
      value: {
        id: expect.any(String),
        country: 'US',
        region: 'CA',
        name: 'California',
        rates: [
          { taxClass: 'standard', basisPoints: 725, label: 'Sales tax' },
          { taxClass: 'zero', basisPoints: 0, label: 'Sales tax' },
        ],
        createdAt: expect.any(Date),
        updatedAt: expect.any(Date),
      },
    });
    await givenTaxRegion(database.db, { country: 'US', rates: [{ taxClass: 'standard', basisPoints: 0 }] });
    await givenTaxRegion(database.db, { country: 'DE', rates: [{ taxClass: 'standard', basisPoints: 1900, label: 'VAT' }] });
    expect((await listTaxRegions(database.db)).map((region) => [region.country, region.region])).toEqual([
      ['DE', null],
      ['US', null],
      ['US', 'CA'],
    ]);
  });

  it('replaces all of a region’s rates on save', async () => {
    const region = await givenTaxRegion(database.db, {
      country: 'FR',
      rates: [
        { taxClass: 'standard', basisPoints: 2000 },
        { taxClass: 'reduced', basisPoints: 550 },
      ],
    });
    const saved = await saveTaxRegion(database.db, { id: region.id, country: 'FR', region: null, name: 'France', rates: [{ taxClass: 'zero', basisPoints: 0, label: 'TVA' }] });
    expect(saved).toEqual({ ok: true, value: { ...region, name: 'France', rates: [{ taxClass: 'zero', basisPoints: 0, label: 'TVA' }], updatedAt: expect.any(Date) } });
    expect(await rateCount()).toBe(1);
  });

  it('refuses a second region for the same place, on create and on update, changing nothing', async () => {
    await givenTaxRegion(database.db, { country: 'US', region: 'NY', rates: [{ taxClass: 'standard', basisPoints: 400 }] });
    await givenTaxRegion(database.db, { country: 'US', rates: [{ taxClass: 'standard', basisPoints: 0 }] });
    const texas = await givenTaxRegion(database.db, { country: 'US', region: 'TX', rates: [{ taxClass: 'standard', basisPoints: 625 }] });
    const before = await listTaxRegions(database.db);
    expect(await saveTaxRegion(database.db, { country: 'US', region: 'NY', name: 'New York again', rates: [] })).toEqual({
      ok: false,
      error: { type: 'TaxRegionTaken', country: 'US', region: 'NY' },
    });
    // Country-wide twice is a duplicate too (the unique index reads a missing region as '').
    expect(await saveTaxRegion(database.db, { country: 'US', region: null, name: 'USA', rates: [] })).toEqual({
      ok: false,
      error: { type: 'TaxRegionTaken', country: 'US', region: null },
    });
    expect(await saveTaxRegion(database.db, { id: texas.id, country: 'US', region: 'NY', name: 'Texas', rates: [{ taxClass: 'standard', basisPoints: 1, label: 'Tax' }] })).toEqual({
      ok: false,
      error: { type: 'TaxRegionTaken', country: 'US', region: 'NY' },
    });
    expect(await listTaxRegions(database.db)).toEqual(before);
  });

  it('refuses a rate naming an unknown class, saying which rate, and keeps the old rates', async () => {
    const region = await givenTaxRegion(database.db, { country: 'NL', rates: [{ taxClass: 'standard', basisPoints: 2100 }] });
    expect(
      await saveTaxRegion(database.db, {
        id: region.id,
        country: 'NL',
        region: null,
        name: 'Netherlands',
        rates: [
          { taxClass: 'standard', basisPoints: 2100, label: 'BTW' },
          { taxClass: 'luxury', basisPoints: 3000, label: 'BTW' },
        ],
      }),
    ).toEqual({ ok: false, error: { type: 'UnknownTaxClass', taxClass: 'luxury', rateIndex: 1 } });
    expect(await listTaxRegions(database.db)).toEqual([region]);
  });

  it('refuses to change or delete an unknown region', async () => {
    const nowhere = randomUUID();
    expect(await saveTaxRegion(database.db, { id: nowhere, country: 'JP', region: null, name: 'Japan', rates: [] })).toEqual({
      ok: false,
      error: { type: 'UnknownTaxRegion', regionId: nowhere },
    });
    expect(await deleteTaxRegion(database.db, nowhere)).toEqual({ ok: false, error: { type: 'UnknownTaxRegion', regionId: nowhere } });
    expect(await listTaxRegions(database.db)).toEqual([]);
  });

  it('deletes a region with its rates', async () => {
    const region = await givenTaxRegion(database.db, { country: 'GB', rates: [{ taxClass: 'standard', basisPoints: 2000 }] });
    expect(await deleteTaxRegion(database.db, region.id)).toEqual({ ok: true, value: { id: region.id } });
    expect([await listTaxRegions(database.db), await rateCount()]).toEqual([[], 0]);
  });

  it('gives pricing every rate of a country, the region’s beating the country’s', async () => {
    await givenTaxRegion(database.db, { country: 'US', rates: [{ taxClass: 'standard', basisPoints: 0, label: 'Sales tax' }] });
    await givenTaxRegion(database.db, { country: 'US', region: 'CA', rates: [{ taxClass: 'standard', basisPoints: 725, label: 'Sales tax' }] });
    await givenTaxRegion(database.db, { country: 'DE', rates: [{ taxClass: 'standard', basisPoints: 1900, label: 'VAT' }] });
    const rates: TaxRateRecord[] = await taxRatesFor(database.db, 'us');
    expect(rates).toEqual([
      { country: 'US', taxClass: 'standard', basisPoints: 0, label: 'Sales tax' },
      { country: 'US', region: 'CA', taxClass: 'standard', basisPoints: 725, label: 'Sales tax' },
    ]);
    const forPricing: readonly TaxRate[] = rates;
    expect(findTaxRate(forPricing, { country: 'US', region: 'CA' }, 'standard')?.basisPoints).toBe(725);
    expect(findTaxRate(forPricing, { country: 'US', region: 'OR' }, 'standard')?.basisPoints).toBe(0);
    expect(await taxRatesFor(database.db, 'FR')).toEqual([]);
  });
});
