import { DEFAULT_PORT, optionsFromEnv } from './env';
import { DEFAULT_PUBLISHABLE_KEY, DEFAULT_SECRET_KEY } from './test-gateway';

describe('optionsFromEnv', () => {
  it('runs on port 4020 with the dev keys, no webhook, a 3 s slow card and 30 s hangs when nothing is set', () => {
    expect(optionsFromEnv({})).toEqual({
      ok: true,
      quiet: false,
      options: {
        port: DEFAULT_PORT,
        host: '127.0.0.1',
        secretKey: DEFAULT_SECRET_KEY,
        publishableKey: DEFAULT_PUBLISHABLE_KEY,
        latencyMs: 0,
        slowCardDelayMs: 3000,
        hangMs: 30_000,
      },
    });
  });

  it('reads every TEST_GATEWAY_* setting, several webhook URLs separated by commas', () => {
    const parsed = optionsFromEnv({
      TEST_GATEWAY_PORT: '0',
      TEST_GATEWAY_SECRET_KEY: 'sk_e2e',
      TEST_GATEWAY_PUBLISHABLE_KEY: 'pk_e2e',
      TEST_GATEWAY_WEBHOOK_URL: 'http://127.0.0.1:3000/webhooks/payments, http://127.0.0.1:3001/hook',
      TEST_GATEWAY_WEBHOOK_SECRET: 'whsec_e2e',
      TEST_GATEWAY_LATENCY_MS: '50',
      TEST_GATEWAY_SLOW_CARD_MS: '100',
      TEST_GATEWAY_HANG_MS: '2000',
      TEST_GATEWAY_PUBLIC_URL: 'http://gateway.test:4020/',
      TEST_GATEWAY_QUIET: '1',
    });
    expect(parsed).toEqual({
      ok: true,
      quiet: true,
      options: {
        port: 0,
        host: '127.0.0.1',
        secretKey: 'sk_e2e',
        publishableKey: 'pk_e2e',
        webhook: { url: ['http://127.0.0.1:3000/webhooks/payments', 'http://127.0.0.1:3001/hook'], secret: 'whsec_e2e' },
        latencyMs: 50,
        slowCardDelayMs: 100,
        hangMs: 2000,
        publicUrl: 'http://gateway.test:4020',
      },
    });
  });

  it('names every bad variable, and wants a secret with a webhook URL', () => {
    const parsed = optionsFromEnv({ TEST_GATEWAY_PORT: 'eighty', TEST_GATEWAY_HANG_MS: '-1', TEST_GATEWAY_WEBHOOK_URL: 'http://localhost:3000/hook' });
    expect(parsed.ok).toBe(false);
    const message = parsed.ok ? '' : parsed.message;
    expect(message).toContain('TEST_GATEWAY_PORT');
    expect(message).toContain('TEST_GATEWAY_HANG_MS');
    expect(message).toContain('TEST_GATEWAY_WEBHOOK_SECRET');
  });
});
