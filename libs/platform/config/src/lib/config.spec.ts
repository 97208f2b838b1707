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
});
