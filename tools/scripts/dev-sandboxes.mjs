// The stand-ins for outside services that `npm start` runs beside the shop, each as its own process on loopback, as a
// real provider's sandbox would be: the sandbox carrier and the test gateway (a card processor's test mode). Each is
// skipped when the shop is configured with a real one, all with EMPORIUM_SANDBOXES=off.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { freePort, root } from './run.mjs';


/** Starts one stand-in as its own process (`node --import tsx <script>`), quiet, with its settings in the environment. */
function spawnStandIn(script, env, settings) {
  return spawn(process.execPath, ['--import', 'tsx', resolve(root, script)], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...env, ...settings } });
}

const secret = (prefix) => `${prefix}_${randomBytes(16).toString('hex')}`;

/**
 * Starts the stand-ins the shop is not configured to replace — the sandbox carrier unless SANDBOX_CARRIER_URL is set,
 * the test gateway unless a payment gateway is (TEST_GATEWAY_URL or STRIPE_SECRET_KEY) — and returns the settings
 * that point the shop at them, with their child processes. They start beside the API: the shop calls them only when
 * asked (rates, labels, payments), and they post webhooks to the shop's own port.
 */
export async function startDevSandboxes(env) {
  if (env.EMPORIUM_SANDBOXES === 'off') return { env: {}, children: [] };
  const shop = `http://127.0.0.1:${env.PORT ?? '3000'}`;
  const settings = {};
  const children = [];
  if (!env.SANDBOX_CARRIER_URL) {
    const port = await freePort();
    const apiKey = secret('sk_dev');
    const webhookSecret = secret('whsec_dev');
    children.push(
      spawnStandIn('tools/sandbox-carrier/src/main.ts', env, {
        SANDBOX_CARRIER_PORT: String(port),
        SANDBOX_CARRIER_API_KEY: apiKey,
        SANDBOX_CARRIER_WEBHOOK_URL: `${shop}/webhooks/shipping/sandbox`,
        SANDBOX_CARRIER_WEBHOOK_SECRET: webhookSecret,
        SANDBOX_CARRIER_QUIET: '1',
      }),
    );
    Object.assign(settings, { SANDBOX_CARRIER_URL: `http://127.0.0.1:${port}`, SANDBOX_CARRIER_API_KEY: apiKey, SANDBOX_CARRIER_WEBHOOK_SECRET: webhookSecret });
  }
  if (!env.TEST_GATEWAY_URL && !env.STRIPE_SECRET_KEY) {
    const port = await freePort();
    const keys = { TEST_GATEWAY_SECRET_KEY: secret('sk_test_dev'), TEST_GATEWAY_PUBLISHABLE_KEY: secret('pk_test_dev'), TEST_GATEWAY_WEBHOOK_SECRET: secret('whsec_dev') };
    children.push(
      spawnStandIn('tools/test-gateway/src/main.ts', env, {
        ...keys,
        TEST_GATEWAY_PORT: String(port),
        TEST_GATEWAY_WEBHOOK_URL: `${shop}/webhooks/payment/test-gateway`,
        TEST_GATEWAY_QUIET: '1',
      }),
    );
    Object.assign(settings, { ...keys, TEST_GATEWAY_URL: `http://127.0.0.1:${port}` });
  }
  return { env: settings, children };
}
