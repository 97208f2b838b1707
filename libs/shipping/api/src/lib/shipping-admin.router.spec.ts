import { inject } from 'vitest';
import { shippingMigrationSet } from '@emporium/shipping-data-access';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { createCallerFactory, type Role } from '@emporium/platform-trpc';
import { outcome, testContext } from '@emporium/platform-trpc/testing';
import { shippingRouter } from './shipping.router';

describe('shipping zones and methods for staff', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [shippingMigrationSet]);
  });
  afterEach(() => database.destroy());
  const as = (role: Role | null) => createCallerFactory(shippingRouter)(testContext({ db: database.db, role })).admin;

  const standard = (zoneId: string) => ({
    zoneId,
    name: 'Standard',
    service: 'standard',
    pricing: { kind: 'weight_bands' as const, bands: [{ upToGrams: 1000, amounts: { USD: 500 } }, { upToGrams: null, amounts: { USD: 900 } }] },
    freeFrom: { USD: 7500 },
    minDays: 2,
    maxDays: 5,
  });

  it('sets up a zone with a method and previews its rates: band boundaries, the free threshold, other countries', async () => {
    const zone = await as('staff').zones.create({ name: 'United States', countries: ['us'] });
    await as('staff').methods.create(standard(zone.id));
    await as('staff').methods.create({ ...standard(zone.id), name: 'Express', service: 'express', pricing: { kind: 'flat', amounts: { USD: 1500 } }, freeFrom: {}, minDays: 1, maxDays: 1 });

    const preview = (weightGrams: number, subtotal: number, country = 'US', postalCode = '94103') =>
      as('staff').preview({ destination: { country, postalCode }, currency: 'USD', subtotal, weightGrams });
    expect((await preview(1000, 1000)).options.map((option) => [option.name, option.amount.amount])).toEqual([
      ['Standard', 500],
      ['Express', 1500],
    ]);
    expect((await preview(1001, 1000)).options[0]?.amount.amount).toBe(900);
    expect((await preview(1001, 7500)).options[0]).toMatchObject({ name: 'Standard', amount: { amount: 0 }, free: true });
    // Staff see which zone matched and why a method is missing.
    const express = (await as('staff').zones.list())[0]?.methods.find((method) => method.name === 'Express');
    await as('staff').methods.update({ id: express?.id ?? '', fields: { ...standard(zone.id), name: 'Express', service: 'express', pricing: { kind: 'flat', amounts: { USD: 1500 } }, freeFrom: {}, minDays: 1, maxDays: 1, active: false } });
    expect(await preview(1000, 1000)).toMatchObject({
      zone: { id: zone.id, name: 'United States', matchedBy: 'country' },
      skipped: [{ name: 'Express', reason: 'switched off' }],
    });
    expect((await as('staff').preview({ destination: { country: 'US' }, currency: 'EUR', subtotal: 1000, weightGrams: 1000 })).skipped.map((method) => method.reason).sort()).toEqual(['no price in EUR', 'switched off']);
    expect(await preview(500, 1000, 'CA', 'K1A 0B1')).toMatchObject({ options: [], notes: ['We do not ship to CA yet'] });
    expect((await as('staff').zones.list())[0]?.methods).toHaveLength(2);
  });

  it('refuses overlapping bands, an unknown country and a postcode that does not fit, naming the fields, and writes nothing', async () => {
    const zone = await as('staff').zones.create({ name: 'Domestic', countries: ['US'] });
    const overlapping = await outcome(
      as('staff').methods.create({ ...standard(zone.id), pricing: { kind: 'weight_bands', bands: [{ upToGrams: 1000, amounts: { USD: 500 } }, { upToGrams: 1000, amounts: { USD: 900 } }] } }),
    );
    expect([overlapping.code, overlapping.fields]).toEqual(['BAD_REQUEST', ['fields.pricing.bands.1.upToGrams']]);
    expect((await outcome(as('staff').zones.create({ name: 'Nowhere', countries: ['XX'] }))).fields).toEqual(['fields.countries.0']);
    const badPostcode = await outcome(as('staff').preview({ destination: { country: 'US', postalCode: 'ABC' }, currency: 'USD', subtotal: 0, weightGrams: 100 }));
    expect([badPostcode.code, badPostcode.fields]).toEqual(['BAD_REQUEST', ['destination.postalCode']]);
    const zeroWeight = await outcome(as('staff').preview({ destination: { country: 'US' }, currency: 'USD', subtotal: 0, weightGrams: 0 }));
    expect(zeroWeight.fields).toEqual(['weightGrams']);
    expect((await as('staff').zones.list())[0]?.methods).toEqual([]);
  });

  it('is for staff only', async () => {
    expect((await outcome(as('customer').zones.list())).code).toBe('FORBIDDEN');
    expect((await outcome(as(null).zones.create({ name: 'X', countries: ['US'] }))).code).toBe('UNAUTHORIZED');
  });
});
