/**
 * Test support: an event bus on a test database (which needs `eventsMigrationSet`), with a test queue subscribed to
 * `catalog.skus-registered`, so every event published in a committed transaction leaves one pg-boss job to read.
 * Named `.test.ts` so it compiles with the specs while vitest (which runs `*.spec.ts`) does not run it on its own.
 */
import { sql } from 'kysely';
import { SKUS_REGISTERED, type SkusRegistered } from '@emporium/catalog-data-access';
import type { TestDatabase } from '@emporium/platform-db/testing';
import { type DomainEvent, EventBus } from '@emporium/platform-events';

const OBSERVER_QUEUE = `test.on.${SKUS_REGISTERED}`;

/** Starts a bus (no workers: published jobs stay queued) and subscribes the observer queue. Stop it before destroying the database. */
export async function startObservedBus(database: TestDatabase): Promise<EventBus> {
  const bus = await EventBus.start({ pool: database.pool, source: 'catalog', schedule: false, supervise: false });
  await bus.boss.createQueue(OBSERVER_QUEUE);
  await bus.boss.subscribe(SKUS_REGISTERED, OBSERVER_QUEUE);
  return bus;
}

/** The `catalog.skus-registered` events published (and committed) so far, oldest first. */
export async function skusRegisteredEvents(database: TestDatabase): Promise<DomainEvent<string, SkusRegistered>[]> {
  const { rows } = await sql<{ data: DomainEvent<string, SkusRegistered> }>`
    SELECT data FROM pgboss.job WHERE name = ${OBSERVER_QUEUE} ORDER BY created_on, data->>'occurredAt'`.execute(database.db);
  return rows.map((row) => row.data);
}

/** Just the payloads. */
export async function skusRegistered(database: TestDatabase): Promise<SkusRegistered[]> {
  return (await skusRegisteredEvents(database)).map((event) => event.payload);
}
