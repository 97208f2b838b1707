import { type LabelDocument, type PackingSlipDocument, type PackingSlipLine, type PartyAddress } from '../lib/document-types';

export const warehouse: PartyAddress = {
  name: 'Emporium Fulfilment',
  company: 'Emporium GmbH',
  line1: 'Lagerstraße 12',
  city: 'Köln',
  postalCode: '50667',
  country: 'DE',
};

export const customer: PartyAddress = {
  name: 'José Muñoz',
  company: 'Bäckerei Groß',
  line1: 'Calle de Alcalá 42',
  line2: '3º izquierda',
  city: 'Madrid',
  region: 'Madrid',
  postalCode: '28014',
  country: 'es',
};

export function aLabel(overrides: Partial<LabelDocument> = {}): LabelDocument {
  return {
    carrier: 'Sandbox Post',
    service: 'Express 24h',
    shipFrom: warehouse,
    shipTo: customer,
    reference: 'EMP-2024-0042',
    createdAt: new Date('2024-03-05T09:30:00Z'),
    parcels: [
      { trackingNumber: 'SBX1234567890DE', weightGrams: 1250, index: 1, count: 2 },
      { trackingNumber: 'SBX1234567891DE', weightGrams: 480, index: 2, count: 2 },
    ],
    ...overrides,
  };
}

export function slipLines(count: number): PackingSlipLine[] {
  return Array.from({ length: count }, (_, i) => ({
    sku: `SKU-${String(i + 1).padStart(4, '0')}`,
    title: i % 5 === 0 ? `Hand-thrown stoneware mug, glazed in a deep ocean blue, number ${i + 1}` : `Tea towel ${i + 1}`,
    options: i % 2 === 0 ? [{ name: 'Colour', value: 'Blue' }, { name: 'Size', value: 'L' }] : [],
    quantity: (i % 3) + 1,
  }));
}

export function aPackingSlip(overrides: Partial<PackingSlipDocument> = {}): PackingSlipDocument {
  return {
    shopName: 'Emporium',
    reference: 'EMP-2024-0042',
    createdAt: new Date('2024-03-05T09:30:00Z'),
    shipTo: customer,
    lines: slipLines(3),
    parcelCount: 2,
    ...overrides,
  };
}
