import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

describe('the test gateway process', () => {
  it('prints its URL, serves the API with the configured key and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'main.ts')], {
      env: { ...process.env, TEST_GATEWAY_PORT: '0', TEST_GATEWAY_SECRET_KEY: 'sk_process', TEST_GATEWAY_QUIET: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      let output = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /listening on (http:\/\/\S+)/.exec(output);
          if (match?.[1]) resolve(match[1]);
        });
        child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
      });
      const response = await fetch(`${url}/v1/payment_intents/pi_unknown`, { headers: { authorization: 'Bearer sk_process' } });
      expect(response.status).toBe(404);
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 15_000);
});
