import type { CurrencyCode, Money } from '@emporium/money';
import type { ShippingMethod, ShippingZone } from '@emporium/shipping-domain';
import type { CarrierAddress, LabelRequest, QuoteRequest } from '../lib/carrier';

/** Spec builders; not exported from the lib. */
export const usd = (amount: number): Money => ({ amount, currency: 'USD' as CurrencyCode });

export const warehouse: CarrierAddress = {
  name: 'Emporium Warehouse',
  line1: '1 Dock Road',
  city: 'Newark',
  region: 'NJ',
  postalCode: '07102',
  country: 'US',
};

export const shopper: CarrierAddress = {
  name: 'Ada Shopper',
  line1: '22 Elm Street',
  city: 'Portland',
  region: 'OR',
  postalCode: '97201',
  country: 'US',
};

export const quoteRequest = (overrides: Partial<QuoteRequest> = {}): QuoteRequest => ({
  shipFrom: { country: warehouse.country, postalCode: warehouse.postalCode },
  shipTo: { country: shopper.country, region: shopper.region, postalCode: shopper.postalCode },
  parcels: [{ weightGrams: 1200, dimensionsCm: { length: 30, width: 20, height: 10 } }],
  currency: 'USD' as CurrencyCode,
  subtotal: usd(4500),
  ...overrides,
});

export const labelRequest = (overrides: Partial<LabelRequest> = {}): LabelRequest => ({
  idempotencyKey: 'shipment-1:label:1',
  service: 'ground',
  shipFrom: warehouse,
  shipTo: shopper,
  parcels: [{ weightGrams: 1200, dimensionsCm: { length: 30, width: 20, height: 10 } }],
  reference: 'order-1001',
  currency: 'USD' as CurrencyCode,
  ...overrides,
});

/** The US in one zone; standard by weight, free from $50; express flat. */
export const zones: ShippingZone[] = [{ id: 'zone-us', name: 'United States', countries: ['US'] }];

export const methods: ShippingMethod[] = [
  {
    id: 'us-standard',
    zoneId: 'zone-us',
    name: 'Standard',
    carrier: 'USPS',
    service: 'ground',
    pricing: {
      kind: 'weight_bands',
      bands: [
        { upToGrams: 1000, amounts: { USD: 500 } },
        { upToGrams: 5000, amounts: { USD: 900 } },
      ],
    },
    freeFrom: { USD: 5000 },
    minDays: 3,
    maxDays: 5,
    active: true,
  },
  {
    id: 'us-express',
    zoneId: 'zone-us',
    name: 'Express',
    carrier: 'UPS',
    service: 'express',
    pricing: { kind: 'flat', amounts: { USD: 2500 } },
    minDays: 1,
    maxDays: 2,
    active: true,
  },
];
