import { allMigrationSets } from '@emporium/app-services';
import { auditLedger } from '@emporium/inventory-data-access';
import { givenLocation, givenStock, levelOf, lowestAvailableInLedger } from '@emporium/inventory-data-access/testing';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { inject } from 'vitest';
import { type ApiProcess, startApiProcess } from './support/api-process';

const SERVICE_TOKEN = 'inventory-e2e-service-token-0123456789abcdef';

interface TrpcAnswer {
  readonly result?: { data: unknown };
  readonly error?: { message: string; data: { code: string; reason?: string; details?: Record<string, unknown> } };
}

/** Two replicas of the inventory service over one database, as two Kubernetes pods would run it. */
describe('inventory replicas in two processes', () => {
  let database: TestDatabase;
  let replicas: ApiProcess[] = [];
  let main: string;

  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), allMigrationSets(), { poolMax: 4 });
    const env = { SERVICES: 'inventory,user', SERVICE_TOKEN, DATABASE_URL: database.url, SEED_DEMO_DATA: 'false', DATABASE_POOL_MAX: '20' };
    replicas = await Promise.all([startApiProcess(env), startApiProcess(env)]);
    main = await givenLocation(database.db, 'MAIN', 10);
  });
  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.stop()));
    await database?.destroy();
  });

  const reserveAt = async (replica: ApiProcess, key: string, sku: string, headers: Record<string, string> = { 'x-emporium-service-token': SERVICE_TOKEN }) => {
    const response = await fetch(`${replica.url}/trpc/inventory.reserve`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ idempotencyKey: key, lines: [{ sku, quantity: 1 }] }),
    });
    return { status: response.status, body: (await response.json()) as TrpcAnswer };
  };

  it('sells exactly 10 of 10 to 200 simultaneous checkouts spread over both replicas; the 190 others are told it is out of stock', async () => {
    await givenStock(database.db, { 'SPLIT-HOT': { [main]: 10 } });
    const answers = await Promise.all(Array.from({ length: 200 }, (_, index) => reserveAt(replicas[index % 2] as ApiProcess, `replica-checkout-${index}`, 'SPLIT-HOT')));
    const won = answers.filter((answer) => answer.status === 200);
    const lost = answers.filter((answer) => answer.status !== 200);
    expect(won).toHaveLength(10);
    expect(lost).toHaveLength(190);
    for (const answer of lost) {
      expect(answer.status).toBe(409);
      expect(answer.body.error?.data).toMatchObject({ code: 'CONFLICT', reason: 'OUT_OF_STOCK', details: { shortfalls: [{ sku: 'SPLIT-HOT', requested: 1, available: 0 }] } });
    }
    // Each replica turned shoppers away: both were deciding on the same units at the same time.
    for (const replica of [0, 1]) expect(answers.filter((answer, index) => index % 2 === replica && answer.status === 409).length).toBeGreaterThanOrEqual(90);
    expect(await levelOf(database.db, 'SPLIT-HOT', main)).toEqual({ onHand: 10, reserved: 10 });
    expect(await lowestAvailableInLedger(database.db, 'SPLIT-HOT')).toBe(0);
    expect(await auditLedger(database.db)).toEqual([]);
  });

  it('refuses reservations from anyone without the service token, before and after the CSRF guard', async () => {
    await givenStock(database.db, { 'SPLIT-GUARDED': { [main]: 5 } });
    const [replica] = replicas as [ApiProcess];
    const noToken = await reserveAt(replica, 'browser-attempt-1', 'SPLIT-GUARDED', { origin: replica.url });
    expect(noToken.status).toBe(403);
    expect(noToken.body.error?.message).toMatch(/only available to Emporium services/);
    const wrongToken = await reserveAt(replica, 'browser-attempt-2', 'SPLIT-GUARDED', { 'x-emporium-service-token': `${SERVICE_TOKEN}x`, origin: replica.url });
    expect(wrongToken.status).toBe(403);
    expect(await levelOf(database.db, 'SPLIT-GUARDED', main)).toEqual({ onHand: 5, reserved: 0 });
  });
});
