import { allMigrationSets } from '@emporium/app-services';
import { createTestDatabase, type TestDatabase } from '@emporium/platform-db/testing';
import { startTestGateway, type TestGateway, type TestGatewayOptions } from '@emporium/test-gateway';
import { inject } from 'vitest';
import { type ApiProcess, startApiProcess } from './api-process';

export const ADMIN = { email: 'admin@example.com', password: 'emporium-admin-demo' };

/** A fresh database, the test gateway (in this process, over real HTTP) and the built API paying through it. */
export interface PaymentShop {
  readonly database: TestDatabase;
  readonly gateway: TestGateway;
  readonly api: ApiProcess;
  /** The API's environment, for starting more processes over the same database and gateway. */
  readonly env: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * Starts the shop with card payments: the gateway first (the API's address is known only once it runs, so the gateway
 * is pointed at its webhook route after), then the API with the gateway's keys and `env`.
 */
export async function startPaymentShop(name: string, options: { gateway?: TestGatewayOptions; env?: Record<string, string> } = {}): Promise<PaymentShop> {
  const keys = { secretKey: `sk_test_e2e_${name}`, publishableKey: `pk_test_e2e_${name}`, webhookSecret: `whsec_test_e2e_${name}` };
  const database = await createTestDatabase(inject('pgAdminUrl'), allMigrationSets());
  const gateway = await startTestGateway({ secretKey: keys.secretKey, publishableKey: keys.publishableKey, port: 0, ...options.gateway });
  const env = {
    DATABASE_URL: database.url,
    NODE_ENV: 'production',
    TEST_GATEWAY_URL: gateway.url,
    TEST_GATEWAY_SECRET_KEY: keys.secretKey,
    TEST_GATEWAY_PUBLISHABLE_KEY: keys.publishableKey,
    TEST_GATEWAY_WEBHOOK_SECRET: keys.webhookSecret,
    ...options.env,
  };
  const api = await startApiProcess(env);
  gateway.control.setWebhook({ url: `${api.url}/webhooks/payment/test-gateway`, secret: keys.webhookSecret });
  return {
    database,
    gateway,
    api,
    env,
    async stop() {
      await api.stop();
      await gateway.close();
      await database.destroy();
    },
  };
}
