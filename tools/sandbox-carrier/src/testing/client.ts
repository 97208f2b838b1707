import { jsonClient } from '@emporium/stand-in-kit/testing';

/** A bare fetch client for the sandbox's specs: `Bearer key`, JSON in and out. */
export const sandboxClient = jsonClient;

export const address = {
  warehouse: { name: 'Emporium Warehouse', line1: '1 Dock Road', city: 'Newark', region: 'NJ', postalCode: '07102', country: 'US' },
  shopper: { name: 'Ada Shopper', line1: '22 Elm Street', city: 'Portland', region: 'OR', postalCode: '97201', country: 'US' },
};

export const labelBody = (overrides: Record<string, unknown> = {}) => ({
  service: 'ground',
  shipFrom: address.warehouse,
  shipTo: address.shopper,
  parcels: [{ weightGrams: 1200, lengthCm: 30, widthCm: 20, heightCm: 10 }],
  reference: 'order-1001',
  ...overrides,
});
