import { pino } from 'pino';
import { inject } from 'vitest';
import type { CurrencyCode } from '@emporium/money';
import { catalogMigrationSet, listActiveProducts, seedDemoCatalog } from '@emporium/catalog-data-access';
import { inTransaction } from '@emporium/platform-db';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { EventBus, eventsMigrationSet, handleOnce, startWorker } from '@emporium/platform-events';
import { availabilityChangedHandler } from './catalog.handlers';

const USD = 'USD' as CurrencyCode;

describe('the availability projection', () => {
  let database: TestDatabase;
  const logger = pino({ level: 'silent' });
  const events = { publish: () => Promise.reject(new Error('the availability projection publishes nothing')) };
  beforeEach(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), [eventsMigrationSet, catalogMigrationSet]);
    await seedDemoCatalog(database.db);
  });
  afterEach(() => database.destroy());

  const beanieInStock = async () => (await listActiveProducts(database.db, { limit: 100, currency: USD })).items.find((item) => item.slug === 'wool-beanie')?.inStock;
  const event = (inStock: boolean, occurredAt: string, id = crypto.randomUUID()) => ({
    id,
    type: 'inventory.availability-changed',
    source: 'inventory',
    occurredAt,
    payload: { sku: 'WOOL-BEANIE', inStock, occurredAt },
  });

  it('follows inventory events delivered through the event bus', async () => {
    const bus = await EventBus.start({ pool: database.pool, source: 'inventory', schedule: false, supervise: false });
    try {
      await startWorker({ bus, handlers: [availabilityChangedHandler], jobs: [], context: { db: database.db, logger } });
      await inTransaction(database.db, (trx) => bus.publish(trx, 'inventory.availability-changed', { sku: 'WOOL-BEANIE', inStock: false, occurredAt: new Date().toISOString() }));
      const deadline = Date.now() + 10_000;
      while ((await beanieInStock()) !== false && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await beanieInStock()).toBe(false);
    } finally {
      await bus.stop();
    }
  });

  it('ignores a change older than the one already applied', async () => {
    const context = { db: database.db, logger, events };
    await handleOnce(availabilityChangedHandler, event(false, '2026-01-02T00:00:00Z'), context);
    await handleOnce(availabilityChangedHandler, event(true, '2026-01-01T00:00:00Z'), context);
    expect(await beanieInStock()).toBe(false);
    await handleOnce(availabilityChangedHandler, event(true, '2026-01-03T00:00:00Z'), context);
    expect(await beanieInStock()).toBe(true);
  });

  it('ignores SKUs the catalog does not know', async () => {
    const unknown = { ...event(false, '2026-01-02T00:00:00Z'), payload: { sku: 'NOT-IN-CATALOG', inStock: false, occurredAt: '2026-01-02T00:00:00Z' } };
    await expect(handleOnce(availabilityChangedHandler, unknown, { db: database.db, logger, events })).resolves.toBe('handled');
  });
});
