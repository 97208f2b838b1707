import { describe, expect, it } from 'vitest';
import { methods, zones } from '../testing/fixtures';
import { CarrierConfigError, type CarrierServices, createCarriers } from './registry';

const services: CarrierServices = {
  tableRate: {
    rates: async () => ({ zones, methods }),
    renderLabel: async () => Buffer.from(''),
    newTrackingNumber: () => '123456789012',
  },
};

describe('createCarriers', () => {
  it('builds the configured carriers in the order of the config', () => {
    const carriers = createCarriers(
      { 'table-rate': {}, 'sandbox-carrier': { baseUrl: 'http://127.0.0.1:4010', apiKey: 'k', webhookSecret: 's', timeoutMs: 2000 } },
      services,
    );
    expect(carriers.map((carrier) => carrier.code)).toEqual(['table-rate', 'sandbox-carrier']);
  });

  it('refuses an unknown carrier and a bad section, naming every issue', () => {
    let error: unknown;
    try {
      createCarriers({ teleport: {}, 'sandbox-carrier': { baseUrl: 'not a url', apiKey: '' } }, services);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CarrierConfigError);
    const issues = (error as CarrierConfigError).issues.join('\n');
    expect(issues).toMatch(/^teleport: no such carrier/m);
    expect(issues).toMatch(/^sandbox-carrier\.baseUrl:/m);
    expect(issues).toMatch(/^sandbox-carrier\.apiKey:/m);
    expect(issues).toMatch(/^sandbox-carrier\.webhookSecret:/m);
  });

  it('refuses the table rate without the services it needs', () => {
    expect(() => createCarriers({ 'table-rate': {} }, {})).toThrow(/services\.tableRate/);
  });
});
