import type { DbTransaction } from '@emporium/platform-db';
import { createMethod, type MethodFields } from './methods';
import { shippingDb } from './shipping.tables';
import { createZone } from './zones';

type DemoMethod = Omit<MethodFields, 'zoneId' | 'carrier' | 'active'>;

const EUROPE = ['AT', 'BE', 'DE', 'ES', 'FR', 'IE', 'IT', 'LU', 'NL', 'PT'];

/** The demo shop's zones: the US by weight, Europe and the UK flat, free over a threshold like the cart's estimate. */
const DEMO_ZONES: ReadonlyArray<{ name: string; countries: string[]; methods: DemoMethod[] }> = [
  {
    name: 'United States',
    countries: ['US'],
    methods: [
      {
        name: 'Standard',
        service: 'standard',
        pricing: { kind: 'weight_bands', bands: [{ upToGrams: 2000, amounts: { USD: 599 } }, { upToGrams: 5000, amounts: { USD: 899 } }, { upToGrams: null, amounts: { USD: 1499 } }] },
        freeFrom: { USD: 7500 },
        minDays: 3,
        maxDays: 5,
        position: 0,
      },
      { name: 'Express', service: 'express', pricing: { kind: 'flat', amounts: { USD: 1999 } }, minDays: 1, maxDays: 2, position: 1 },
    ],
  },
  {
    name: 'Europe',
    countries: EUROPE,
    methods: [
      { name: 'Standard', service: 'standard', pricing: { kind: 'flat', amounts: { EUR: 495, USD: 599 } }, freeFrom: { EUR: 6000, USD: 7500 }, minDays: 2, maxDays: 4, position: 0 },
      { name: 'Express', service: 'express', pricing: { kind: 'flat', amounts: { EUR: 1495, USD: 1699 } }, minDays: 1, maxDays: 2, position: 1 },
    ],
  },
  {
    name: 'United Kingdom',
    countries: ['GB'],
    methods: [{ name: 'Standard', service: 'standard', pricing: { kind: 'flat', amounts: { GBP: 450, EUR: 550, USD: 699 } }, freeFrom: { GBP: 5000 }, minDays: 2, maxDays: 5, position: 0 }],
  },
];

/** Loads the demo zones and methods into a shop that has none (a zone a merchant deleted stays deleted once there are others). */
export async function seedDemoShipping(trx: DbTransaction): Promise<{ zones: number }> {
  const existing = await shippingDb(trx).selectFrom('zone').select('id').limit(1).execute();
  if (existing.length > 0) return { zones: 0 };
  for (const zone of DEMO_ZONES) {
    const created = await createZone(trx, { name: zone.name, countries: zone.countries });
    if (!created.ok) throw new Error(`Demo zone ${zone.name} could not be created: ${created.error.type}`);
    for (const method of zone.methods) {
      const saved = await createMethod(trx, { ...method, zoneId: created.value.id, carrier: 'table-rate', active: true });
      if (!saved.ok) throw new Error(`Demo method ${method.name} could not be created: ${saved.error.type}`);
    }
  }
  return { zones: DEMO_ZONES.length };
}
