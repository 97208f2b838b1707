import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { createMethod, deleteMethod, listMethods, type MethodFields, updateMethod } from './methods';
import { shippingMigrationSet } from './shipping.migrations';
import { createZone, deleteZone, getZone, listZones, updateZone } from './zones';

describe('zones and methods', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [shippingMigrationSet]);
  });
  afterEach(() => database.destroy());

  const method = (zoneId: string, overrides: Partial<MethodFields> = {}): MethodFields => ({
    zoneId,
    name: 'Standard',
    carrier: 'table-rate',
    service: 'standard',
    pricing: { kind: 'weight_bands', bands: [{ upToGrams: 1000, amounts: { USD: 500 } }, { upToGrams: null, amounts: { USD: 900 } }] },
    freeFrom: { USD: 7500 },
    minDays: 2,
    maxDays: 5,
    active: true,
    ...overrides,
  });

  it('keeps a zone with its regions and postcode patterns, and refuses a second zone of the same name', async () => {
    const created = await createZone(database.db, { name: 'US West', countries: ['US'], regions: { US: ['CA', 'OR'] }, postcodePatterns: ['9*'], priority: 5 });
    expect(created).toMatchObject({ ok: true, value: { name: 'US West', countries: ['US'], regions: { US: ['CA', 'OR'] }, postcodePatterns: ['9*'], priority: 5 } });
    expect(await createZone(database.db, { name: 'us west', countries: ['US'] })).toEqual({ ok: false, error: { type: 'ZoneNameTaken', name: 'us west' } });
    const id = created.ok ? created.value.id : '';
    expect(await updateZone(database.db, id, { name: 'US Pacific', countries: ['US'] })).toMatchObject({ ok: true, value: { name: 'US Pacific', regions: {}, postcodePatterns: [] } });
    expect((await listZones(database.db)).map((zone) => zone.name)).toEqual(['US Pacific']);
    const nowhere = randomUUID();
    expect(await updateZone(database.db, nowhere, { name: 'X', countries: ['US'] })).toEqual({ ok: false, error: { type: 'UnknownZone', zoneId: nowhere } });
  });

  it('keeps methods with their pricing per zone, and deletes them with their zone', async () => {
    const zone = await createZone(database.db, { name: 'Domestic', countries: ['US'] });
    const zoneId = zone.ok ? zone.value.id : '';
    const created = await createMethod(database.db, method(zoneId));
    expect(created).toMatchObject({ ok: true, value: { name: 'Standard', pricing: method(zoneId).pricing, freeFrom: { USD: 7500 }, minDays: 2, maxDays: 5 } });
    const id = created.ok ? created.value.id : '';
    expect(await updateMethod(database.db, id, method(zoneId, { name: 'Ground', active: false }))).toMatchObject({ ok: true, value: { name: 'Ground', active: false } });
    const unknownZone = randomUUID();
    expect(await createMethod(database.db, method(unknownZone))).toEqual({ ok: false, error: { type: 'UnknownZone', zoneId: unknownZone } });
    expect(await listMethods(database.db, [zoneId])).toHaveLength(1);
    expect(await deleteZone(database.db, zoneId)).toBe(true);
    expect(await listMethods(database.db)).toEqual([]);
    expect(await getZone(database.db, zoneId)).toBeNull();
    expect(await deleteMethod(database.db, id)).toBe(false);
  });
});
