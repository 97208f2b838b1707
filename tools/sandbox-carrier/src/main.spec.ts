import { join } from 'node:path';
import { startStandInProcess } from '@emporium/stand-in-kit/testing';

describe('the sandbox carrier process', () => {
  it('prints its URL, serves the API with the configured key and exits 0 on SIGTERM', async () => {
    const carrier = await startStandInProcess(join(import.meta.dirname, 'main.ts'), {
      SANDBOX_CARRIER_PORT: '0',
      SANDBOX_CARRIER_API_KEY: 'sk_process',
      SANDBOX_CARRIER_QUIET: '1',
    });
    try {
      const tracking = await fetch(`${carrier.url}/v1/tracking/SBX000000000000`, { headers: { authorization: 'Bearer sk_process' } });
      expect(tracking.status).toBe(404);
      expect(await carrier.stop()).toBe(0);
    } finally {
      carrier.kill();
    }
  }, 15_000);
});
