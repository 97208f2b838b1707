import { jsonClient } from '@emporium/stand-in-kit/testing';

/** A bare fetch client for the gateway's specs: `Bearer key`, JSON in and out. */
export const gatewayClient = jsonClient;

export const intentBody = (overrides: Record<string, unknown> = {}) => ({
  amount: 5000,
  currency: 'USD',
  token: 'tok_visa',
  reference: 'order-1001',
  captureMethod: 'manual',
  ...overrides,
});

export const futureYear = () => new Date().getUTCFullYear() + 3;
