import { ConfigError, parseConfig } from './config';

describe('parseConfig', () => {
  it('applies defaults to an empty environment', () => {
    const config = parseConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.SERVICES).toContain('catalog');
    expect(config.SERVICES).toContain('worker');
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('parses a subset of services and their peers URLs', () => {
    const config = parseConfig({ SERVICES: 'storefront, worker', CATALOG_URL: 'http://127.0.0.1:4001/' });
    expect(config.SERVICES).toEqual(['storefront', 'worker']);
    expect(config.serviceUrls).toEqual({ catalog: 'http://127.0.0.1:4001' });
  });

  it('names every bad variable', () => {
    const attempt = () => parseConfig({ PORT: 'eighty', SERVICES: 'catalog,warehouse', DATABASE_URL: 'mysql://x' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const message = (error as ConfigError).message;
      expect(message).toContain('PORT');
      expect(message).toContain('SERVICES: unknown service "warehouse"');
      expect(message).toContain('DATABASE_URL');
    }
  });

  it('treats empty values as unset', () => {
    expect(parseConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('enables the sandbox carrier only with its URL, API key and webhook secret together, naming what is missing', () => {
    const config = parseConfig({ SANDBOX_CARRIER_URL: 'http://127.0.0.1:4010', SANDBOX_CARRIER_API_KEY: 'key', SANDBOX_CARRIER_WEBHOOK_SECRET: 'secret' });
    expect([config.SANDBOX_CARRIER_URL, config.SANDBOX_CARRIER_API_KEY, config.SANDBOX_CARRIER_WEBHOOK_SECRET]).toEqual(['http://127.0.0.1:4010', 'key', 'secret']);
    expect(parseConfig({}).SANDBOX_CARRIER_URL).toBeUndefined();
    expect(parseConfig({}).SHIPPING_MAX_PARCEL_GRAMS).toBe(30_000);
    expect(() => parseConfig({ TEST_GATEWAY_URL: 'http://127.0.0.1:4020', TEST_GATEWAY_SECRET_KEY: 'sk' })).toThrow(
      /TEST_GATEWAY_PUBLISHABLE_KEY: required[\s\S]*TEST_GATEWAY_WEBHOOK_SECRET: required/,
    );
    expect(() => parseConfig({ STRIPE_SECRET_KEY: 'sk_test' })).toThrow(/STRIPE_PUBLISHABLE_KEY: required when STRIPE_SECRET_KEY is set \(Stripe needs all three\)/);
    expect(() => parseConfig({ PAYMENT_GATEWAY: 'stripe' })).toThrow(/PAYMENT_GATEWAY: stripe is not configured/);
    expect(parseConfig({}).PAYMENT_EXPIRY_POLICY).toBe('cancel');
    expect(parseConfig({ SHIPPING_HOLIDAYS: '2026-12-25, 2026-12-26,' }).SHIPPING_HOLIDAYS).toEqual(['2026-12-25', '2026-12-26']);
    expect(parseConfig({}).SHIPPING_HOLIDAYS).toEqual([]);
    expect(() => parseConfig({ SHIPPING_HOLIDAYS: '2026-02-30' })).toThrow(/SHIPPING_HOLIDAYS/);
    expect(() => parseConfig({ SHIPPING_TIMEZONE: 'Mars/Olympus' })).toThrow(/SHIPPING_TIMEZONE: must be an IANA time zone/);
    expect(() => parseConfig({ SHIPPING_CUTOFF: '25:00' })).toThrow(/SHIPPING_CUTOFF/);
    expect(parseConfig({ SHIPPING_TIMEZONE: 'Europe/Berlin', SHIPPING_CUTOFF: '09:30' })).toMatchObject({ SHIPPING_TIMEZONE: 'Europe/Berlin', SHIPPING_CUTOFF: '09:30' });
    expect(() => parseConfig({ SANDBOX_CARRIER_URL: 'http://127.0.0.1:4010' })).toThrow(/SANDBOX_CARRIER_API_KEY: required[\s\S]*SANDBOX_CARRIER_WEBHOOK_SECRET: required/);
  });
});
