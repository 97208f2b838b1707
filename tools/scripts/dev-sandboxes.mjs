// The stand-ins for outside services that `npm start` runs beside the shop, each as its own process on loopback, as a
// real carrier's sandbox would be: today the sandbox carrier. Skipped when the shop is configured with a real one
// (SANDBOX_CARRIER_URL set) or with EMPORIUM_SANDBOXES=off.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { root } from './run.mjs';

/** A port nothing listens on right now (the OS picks it). */
function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts the sandbox carrier and returns the settings that point the shop at it (plus its child process), or null
 * when it is not wanted. The API and the carrier start side by side: the shop calls the carrier only when staff buy a
 * label or a shopper asks for rates, and the carrier posts tracking webhooks to the shop's own port.
 */
export async function startDevSandboxes(env) {
  if (env.EMPORIUM_SANDBOXES === 'off' || env.SANDBOX_CARRIER_URL) return { env: {}, children: [] };
  const port = await freePort();
  const apiKey = `sk_dev_${randomBytes(12).toString('hex')}`;
  const secret = `whsec_dev_${randomBytes(16).toString('hex')}`;
  const shopPort = env.PORT ?? '3000';
  const carrier = spawn(process.execPath, ['--import', 'tsx', resolve(root, 'tools/sandbox-carrier/src/main.ts')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...env,
      SANDBOX_CARRIER_PORT: String(port),
      SANDBOX_CARRIER_API_KEY: apiKey,
      SANDBOX_CARRIER_WEBHOOK_URL: `http://127.0.0.1:${shopPort}/webhooks/shipping/sandbox`,
      SANDBOX_CARRIER_WEBHOOK_SECRET: secret,
      SANDBOX_CARRIER_QUIET: '1',
    },
  });
  return {
    env: { SANDBOX_CARRIER_URL: `http://127.0.0.1:${port}`, SANDBOX_CARRIER_API_KEY: apiKey, SANDBOX_CARRIER_WEBHOOK_SECRET: secret },
    children: [carrier],
  };
}
