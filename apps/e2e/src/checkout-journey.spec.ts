import { allMigrationSets } from '@emporium/app-services';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { type SandboxCarrier, startSandboxCarrier } from '@emporium/sandbox-carrier';
import { startTestGateway, type TestGateway } from '@emporium/test-gateway';
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { launchBrowser } from './support/browser';
import { buyShipAndDeliver } from './support/journey';

const GATEWAY = { secretKey: 'sk_test_e2e_journey', publishableKey: 'pk_test_e2e_journey', webhookSecret: 'whsec_test_e2e_journey' };
const CARRIER = { apiKey: 'sk_test_e2e_journey_carrier', webhookSecret: 'whsec_test_e2e_journey_carrier' };

/** The shopper's journey (support/journey.ts) against the built shop with every service in one process. */
describe('from search to "Delivered" in a real browser, every service in one process', () => {
  let database: TestDatabase;
  let gateway: TestGateway;
  let carrier: SandboxCarrier;
  let api: ApiProcess;
  let browser: Browser;

  beforeAll(async () => {
    database = await createTestDatabase(inject('pgAdminUrl'), allMigrationSets());
    gateway = await startTestGateway({ secretKey: GATEWAY.secretKey, publishableKey: GATEWAY.publishableKey, port: 0 });
    carrier = await startSandboxCarrier({ apiKey: CARRIER.apiKey, port: 0, timeline: { stepMs: 0 }, latencyMs: 0 });
    api = await startApiProcess({
      DATABASE_URL: database.url,
      NODE_ENV: 'production',
      TEST_GATEWAY_URL: gateway.url,
      TEST_GATEWAY_SECRET_KEY: GATEWAY.secretKey,
      TEST_GATEWAY_PUBLISHABLE_KEY: GATEWAY.publishableKey,
      TEST_GATEWAY_WEBHOOK_SECRET: GATEWAY.webhookSecret,
      SANDBOX_CARRIER_URL: carrier.url,
      SANDBOX_CARRIER_API_KEY: CARRIER.apiKey,
      SANDBOX_CARRIER_WEBHOOK_SECRET: CARRIER.webhookSecret,
    });
    gateway.control.setWebhook({ url: `${api.url}/webhooks/payment/test-gateway`, secret: GATEWAY.webhookSecret });
    carrier.control.setWebhook({ url: `${api.url}/webhooks/shipping/sandbox`, secret: CARRIER.webhookSecret });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await carrier?.stop();
    await gateway?.close();
    await database?.destroy();
  });

  it('a guest buys with the bank check, staff ship it, and the guest sees it delivered', async () => {
    const errors: string[] = [];
    await buyShipAndDeliver({
      label: 'one-process',
      browser,
      // The address the shop prints: the bank's check returns there, to this origin's cookies and tab storage.
      url: api.url.replace('127.0.0.1', 'localhost'),
      db: database.db,
      gatewayUrl: gateway.url,
      deliver: async (tracking) => void (await carrier.control.deliver(tracking)),
      errors,
    });
    expect(errors).toEqual([]);
  }, 180_000);
});
