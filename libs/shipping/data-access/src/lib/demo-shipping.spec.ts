import { inject } from 'vitest';
import { inTransaction } from '@emporium/platform-db';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { validateMethod, validateZone } from '@emporium/shipping-domain';
import { seedDemoShipping } from './demo-shipping';
import { listMethods } from './methods';
import { shippingMigrationSet } from './shipping.migrations';
import { listZones } from './zones';

describe('the demo shipping set-up', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [shippingMigrationSet]);
  });
  afterEach(() => database.destroy());

  it('loads zones and methods the domain accepts, once', async () => {
    expect(await inTransaction(database.db, seedDemoShipping)).toEqual({ zones: 3 });
    expect(await inTransaction(database.db, seedDemoShipping)).toEqual({ zones: 0 });
    const zones = await listZones(database.db);
    expect(zones.map((zone) => zone.name)).toEqual(['Europe', 'United Kingdom', 'United States']);
    for (const zone of zones) expect(validateZone(zone).ok).toBe(true);
    const methods = await listMethods(database.db);
    expect(methods).toHaveLength(5);
    for (const method of methods) expect(validateMethod(method)).toMatchObject({ ok: true });
  });
});
