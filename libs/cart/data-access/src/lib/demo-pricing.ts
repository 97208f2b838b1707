import { sql } from 'kysely';
import type { DbTransaction } from '@emporium/platform-db';
import { addCouponBatch } from './coupon-codes';
import type { PromotionFields } from './promotion-row';
import { createPromotion } from './promotions';

/** The demo shop's coupon codes, one promotion each (SUMMER24 has expired). */
export const DEMO_COUPONS = ['WELCOME10', 'FREESHIP', 'SAVE5', 'VIP20', 'SUMMER24'] as const;

/** The promotion whose single-use codes come as a demo batch (prefix LAUNCH). */
export const DEMO_BATCH_PROMOTION = 'Launch giveaway';

const DEMO_TAX_CLASSES = [
  { code: 'standard', name: 'Standard rate' },
  { code: 'reduced', name: 'Reduced rate' },
  { code: 'zero', name: 'Zero rate' },
] as const;

/** [country, region, name, standard, reduced, label]; the zero class is 0 everywhere. */
const DEMO_TAX_REGIONS: ReadonlyArray<readonly [string, string | null, string, number, number, string]> = [
  ['US', null, 'United States', 0, 0, 'Sales tax'],
  ['US', 'CA', 'California', 725, 725, 'Sales tax'],
  ['US', 'NY', 'New York', 400, 400, 'Sales tax'],
  ['US', 'TX', 'Texas', 625, 625, 'Sales tax'],
  ['DE', null, 'Germany', 1900, 700, 'VAT'],
  ['FR', null, 'France', 2000, 550, 'VAT'],
  ['NL', null, 'Netherlands', 2100, 900, 'VAT'],
  ['GB', null, 'United Kingdom', 2000, 0, 'VAT'],
  ['JP', null, 'Japan', 1000, 800, 'Consumption tax'],
  ['KW', null, 'Kuwait', 0, 0, 'Tax'],
];

/** [currency, tax mode, default country, shipping estimate, free from] in minor units (KWD has 3 decimals). */
const DEMO_CURRENCIES: ReadonlyArray<readonly [string, 'inclusive' | 'exclusive', string, number, number | null]> = [
  ['USD', 'exclusive', 'US', 599, 7500],
  ['EUR', 'inclusive', 'DE', 495, 6000],
  ['GBP', 'inclusive', 'GB', 450, 5000],
  ['JPY', 'inclusive', 'JP', 800, 8000],
  ['KWD', 'exclusive', 'KW', 2000, null],
];

const promotion = (fields: Partial<PromotionFields> & Pick<PromotionFields, 'name' | 'discount'>): PromotionFields => ({
  description: '',
  trigger: 'code',
  productIds: [],
  categoryIds: [],
  minimumSubtotal: {},
  startsAt: null,
  endsAt: null,
  usageLimit: null,
  perCustomerLimit: null,
  combinable: 'stackable',
  active: true,
  ...fields,
});

const DEMO_PROMOTIONS: ReadonlyArray<readonly [(typeof DEMO_COUPONS)[number], PromotionFields]> = [
  ['WELCOME10', promotion({ name: 'Welcome: 10 % off', description: 'For first orders.', discount: { kind: 'percentage', basisPoints: 1000 } })],
  [
    'FREESHIP',
    promotion({ name: 'Free shipping from 30', discount: { kind: 'free_shipping' }, minimumSubtotal: { USD: 3000, EUR: 3000 } }),
  ],
  [
    'SAVE5',
    promotion({
      name: '5 off orders from 25',
      discount: { kind: 'fixed_amount', per: 'order', amounts: { USD: 500, EUR: 500 } },
      minimumSubtotal: { USD: 2500, EUR: 2500 },
    }),
  ],
  ['VIP20', promotion({ name: 'VIP: 20 % off', discount: { kind: 'percentage', basisPoints: 2000 }, combinable: 'exclusive' })],
  [
    'SUMMER24',
    promotion({
      name: 'Summer sale 2024',
      discount: { kind: 'percentage', basisPoints: 1500 },
      startsAt: new Date('2024-06-01T00:00:00Z'),
      endsAt: new Date('2024-09-01T00:00:00Z'),
    }),
  ],
];

/**
 * The demo shop's tax settings, currencies and promotions, in the caller's transaction; safe to run on every start.
 * Tax classes, currencies and coupon codes are added when missing. Regions are seeded only into a shop that has none,
 * so a region the merchant deleted stays deleted.
 */
export async function seedDemoPricing(trx: DbTransaction): Promise<void> {
  // Two processes starting at once seed once: the second waits, then finds everything there.
  await sql`SELECT pg_advisory_xact_lock(hashtext('cart.seedDemoPricing'))`.execute(trx);
  for (const taxClass of DEMO_TAX_CLASSES) {
    await sql`INSERT INTO cart.tax_class (code, name) VALUES (${taxClass.code}, ${taxClass.name}) ON CONFLICT (code) DO NOTHING`.execute(trx);
  }
  await seedRegions(trx);
  for (const [currency, taxMode, country, shipping, freeFrom] of DEMO_CURRENCIES) {
    await sql`
      INSERT INTO cart.currency_setting (currency, tax_mode, default_country, shipping_estimate, free_shipping_from, shipping_tax_class)
      VALUES (${currency}, ${taxMode}, ${country}, ${shipping}, ${freeFrom}, 'standard') ON CONFLICT (currency) DO NOTHING`.execute(trx);
  }
  await seedPromotions(trx);
}

async function seedRegions(trx: DbTransaction): Promise<void> {
  const existing = await sql`SELECT 1 FROM cart.tax_region LIMIT 1`.execute(trx);
  if (existing.rows.length > 0) return;
  for (const [country, region, name, standard, reduced, label] of DEMO_TAX_REGIONS) {
    await sql`
      WITH region AS (INSERT INTO cart.tax_region (country, region, name) VALUES (${country}, ${region}, ${name}) RETURNING id)
      INSERT INTO cart.tax_rate (region_id, tax_class, basis_points, label)
      SELECT region.id, rate.tax_class, rate.basis_points, ${label}::text
      FROM region, (VALUES ('standard', ${standard}::int), ('reduced', ${reduced}::int), ('zero', 0)) AS rate(tax_class, basis_points)`.execute(trx);
  }
}

async function seedPromotions(trx: DbTransaction): Promise<void> {
  for (const [code, fields] of DEMO_PROMOTIONS) {
    const taken = await sql`SELECT 1 FROM cart.coupon_code WHERE code = ${code}`.execute(trx);
    if (taken.rows.length > 0) continue;
    const created = await createPromotion(trx, fields);
    await sql`INSERT INTO cart.coupon_code (promotion_id, code) VALUES (${created.id}::uuid, ${code})`.execute(trx);
  }
  const launch = await sql`SELECT 1 FROM cart.promotion WHERE name = ${DEMO_BATCH_PROMOTION}`.execute(trx);
  if (launch.rows.length > 0) return;
  const created = await createPromotion(
    trx,
    promotion({ name: DEMO_BATCH_PROMOTION, description: 'Single-use codes handed out at the launch.', discount: { kind: 'percentage', basisPoints: 2500 }, combinable: 'exclusive' }),
  );
  await addCouponBatch(trx, { promotionId: created.id, count: 5, prefix: 'LAUNCH' });
}
