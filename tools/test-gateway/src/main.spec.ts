import { join } from 'node:path';
import { startStandInProcess } from '@emporium/stand-in-kit/testing';

describe('the test gateway process', () => {
  it('prints its URL, serves the API with the configured key and exits 0 on SIGTERM', async () => {
    const gateway = await startStandInProcess(join(import.meta.dirname, 'main.ts'), {
      TEST_GATEWAY_PORT: '0',
      TEST_GATEWAY_SECRET_KEY: 'sk_process',
      TEST_GATEWAY_QUIET: '1',
    });
    try {
      const response = await fetch(`${gateway.url}/v1/payment_intents/pi_unknown`, { headers: { authorization: 'Bearer sk_process' } });
      expect(response.status).toBe(404);
      expect(await gateway.stop()).toBe(0);
    } finally {
      gateway.kill();
    }
  }, 15_000);
});
