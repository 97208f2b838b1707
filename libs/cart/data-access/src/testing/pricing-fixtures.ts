import { sql } from 'kysely';
import type { CurrencyCode } from '@emporium/money';
import type { Database } from '@emporium/platform-db';
import { type CouponCodeView, createCouponCode } from '../lib/coupon-codes';
import { type CurrencySettingView, updateCurrencySetting } from '../lib/currency-settings';
import type { PromotionFields } from '../lib/promotion-row';
import { createPromotion, type PromotionView } from '../lib/promotions';
import { type TaxRateFields, type TaxRegionView, saveTaxRegion } from '../lib/tax-regions';

/** A running, stackable 10 % off code promotion without limits, changed by `overrides`. */
export function givenPromotion(db: Database, overrides: Partial<PromotionFields> = {}): Promise<PromotionView> {
  return createPromotion(db, {
    name: 'Test promotion',
    description: '',
    trigger: 'code',
    discount: { kind: 'percentage', basisPoints: 1000 },
    productIds: [],
    categoryIds: [],
    minimumSubtotal: {},
    startsAt: null,
    endsAt: null,
    usageLimit: null,
    perCustomerLimit: null,
    combinable: 'stackable',
    active: true,
    ...overrides,
  });
}

/** A code of that promotion (normalized here, as the API would), unlimited unless `usageLimit` is given. */
export async function givenCouponCode(db: Database, promotionId: string, code: string, usageLimit: number | null = null): Promise<CouponCodeView> {
  const created = await createCouponCode(db, { promotionId, code: code.trim().toUpperCase(), usageLimit });
  if (!created.ok) throw new Error(`could not create coupon code ${code}: ${created.error.type}`);
  return created.value;
}

/** Creates any tax class it names that is missing (named after its code). */
export async function givenTaxClasses(db: Database, codes: readonly string[]): Promise<void> {
  for (const code of codes) await sql`INSERT INTO cart.tax_class (code, name) VALUES (${code}, ${code}) ON CONFLICT (code) DO NOTHING`.execute(db);
}

/** A tax region with its rates (their classes created when missing); label 'Tax' unless given. */
export async function givenTaxRegion(
  db: Database,
  region: { country: string; region?: string | null; name?: string; rates: ReadonlyArray<Omit<TaxRateFields, 'label'> & { label?: string }> },
): Promise<TaxRegionView> {
  await givenTaxClasses(
    db,
    region.rates.map((rate) => rate.taxClass),
  );
  const saved = await saveTaxRegion(db, {
    country: region.country,
    region: region.region ?? null,
    name: region.name ?? `${region.country}${region.region ? `-${region.region}` : ''}`,
    rates: region.rates.map((rate) => ({ label: 'Tax', ...rate })),
  });
  if (!saved.ok) throw new Error(`could not save tax region ${region.country}: ${saved.error.type}`);
  return saved.value;
}

/** A currency's settings: exclusive tax, half-up, no shipping unless given; the shipping class is created if missing. */
export async function givenCurrencySetting(
  db: Database,
  setting: { currency: CurrencyCode; defaultCountry: string } & Partial<Omit<CurrencySettingView, 'currency' | 'defaultCountry' | 'updatedAt'>>,
): Promise<CurrencySettingView> {
  const shippingTaxClass = setting.shippingTaxClass ?? 'standard';
  await givenTaxClasses(db, [shippingTaxClass]);
  const saved = await updateCurrencySetting(db, {
    taxMode: 'exclusive',
    rounding: 'half-up',
    shippingEstimate: 0,
    freeShippingFrom: null,
    ...setting,
    shippingTaxClass,
  });
  if (!saved.ok) throw new Error(`could not save currency setting ${setting.currency}: ${saved.error.type}`);
  return saved.value;
}
