import { DEFAULT_API_KEY, DEFAULT_PORT, optionsFromEnv } from './env';

describe('optionsFromEnv', () => {
  it('runs on port 4010 with the dev key, no webhook and a 2 s timeline when nothing is set', () => {
    expect(optionsFromEnv({})).toEqual({
      ok: true,
      quiet: false,
      options: { port: DEFAULT_PORT, host: '127.0.0.1', apiKey: DEFAULT_API_KEY, latencyMs: 0, timeline: { stepMs: 2000 } },
    });
  });

  it('reads every SANDBOX_CARRIER_* setting', () => {
    const parsed = optionsFromEnv({
      SANDBOX_CARRIER_PORT: '0',
      SANDBOX_CARRIER_API_KEY: 'sk_e2e',
      SANDBOX_CARRIER_WEBHOOK_URL: 'http://127.0.0.1:3000/webhooks/carrier',
      SANDBOX_CARRIER_WEBHOOK_SECRET: 'whsec_e2e',
      SANDBOX_CARRIER_LATENCY_MS: '50',
      SANDBOX_CARRIER_STEP_MS: '',
    });
    expect(parsed).toMatchObject({
      ok: true,
      options: { port: 0, apiKey: 'sk_e2e', webhook: { url: 'http://127.0.0.1:3000/webhooks/carrier', secret: 'whsec_e2e' }, latencyMs: 50, timeline: { stepMs: 2000 } },
    });
  });

  it('names every bad variable, and wants a secret with a webhook URL', () => {
    const parsed = optionsFromEnv({ SANDBOX_CARRIER_PORT: 'eighty', SANDBOX_CARRIER_WEBHOOK_URL: 'http://localhost:3000/hook' });
    expect(parsed.ok).toBe(false);
    const message = parsed.ok ? '' : parsed.message;
    expect(message).toContain('SANDBOX_CARRIER_PORT');
    expect(message).toContain('SANDBOX_CARRIER_WEBHOOK_SECRET');
  });
});
