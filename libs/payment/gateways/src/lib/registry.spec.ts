import { createGateway, createGateways, GatewayConfigError } from './registry';

const testGatewaySection = { baseUrl: 'http://127.0.0.1:4020', secretKey: 'sk', publishableKey: 'pk', webhookSecret: 'whsec' };
const stripeSection = { secretKey: 'sk_test_x', publishableKey: 'pk_test_x', webhookSecret: 'whsec_x' };

describe('createGateways', () => {
  it('builds every configured gateway, keyed by code', () => {
    const gateways = createGateways({ 'test-gateway': testGatewaySection, stripe: stripeSection });
    expect([...gateways.keys()]).toEqual(['test-gateway', 'stripe']);
    expect(gateways.get('stripe')?.clientConfig()).toEqual({ provider: 'stripe', publishableKey: 'pk_test_x' });
    expect(createGateway('test-gateway', testGatewaySection).code).toBe('test-gateway');
  });

  it('lists every issue at once: unknown codes and bad sections', () => {
    let error: unknown;
    try {
      createGateways({ paypal: {}, stripe: { publishableKey: 'pk' }, 'test-gateway': { ...testGatewaySection, baseUrl: 'not a url', timeoutMs: -1 } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GatewayConfigError);
    const issues = (error as GatewayConfigError).issues;
    expect(issues[0]).toBe('paypal: no such gateway (known: test-gateway, stripe)');
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^stripe\.secretKey: /),
        expect.stringMatching(/^stripe\.webhookSecret: /),
        expect.stringMatching(/^test-gateway\.baseUrl: /),
        expect.stringMatching(/^test-gateway\.timeoutMs: /),
      ]),
    );
  });
});
