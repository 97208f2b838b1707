import { recordingPublisher } from '@emporium/inventory-data-access/testing';
import type { JobContext } from '@emporium/platform-events';
import { createLogger, createMetrics } from '@emporium/platform-observability';
import { useInventoryHarness } from './inventory.harness.test';
import { expireReservationsJob } from './inventory.jobs';

describe('the reservation expiry job', () => {
  const harness = useInventoryHarness();

  it('releases reservations whose time ran out and counts them in reservations_expired_total', async () => {
    const main = await harness.givenLocation('MAIN', 10);
    await harness.givenStock({ 'JOB-1': { [main]: 5 } });
    for (const key of ['job-1-first', 'job-1-second']) await harness.service().reserve({ idempotencyKey: key, lines: [{ sku: 'JOB-1', quantity: 1 }], ttlSeconds: 1 });
    await harness.service().reserve({ idempotencyKey: 'job-1-still-held', lines: [{ sku: 'JOB-1', quantity: 1 }], ttlSeconds: 600 });
    await new Promise((resolve) => setTimeout(resolve, 1100));

    const metrics = createMetrics();
    const context = { db: harness.database().db, events: recordingPublisher() as unknown as JobContext['events'], logger: createLogger({ level: 'silent' }), metrics };
    await expireReservationsJob.handle({}, context);
    await expireReservationsJob.handle({}, context);
    expect((await metrics.reservationsExpired.get()).values[0]?.value).toBe(2);
  });
});
