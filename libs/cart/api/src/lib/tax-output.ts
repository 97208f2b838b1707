import type { CurrencySettingView, TaxRegionView } from '@emporium/cart-data-access';
import type { CurrencyCode } from '@emporium/money';

export interface TaxRegionOutput {
  readonly id: string;
  readonly country: string;
  readonly region: string | null;
  readonly name: string;
  readonly rates: ReadonlyArray<{ readonly taxClass: string; readonly basisPoints: number; readonly label: string }>;
  readonly updatedAt: string;
}

export function taxRegionOutput(view: TaxRegionView): TaxRegionOutput {
  return {
    id: view.id,
    country: view.country,
    region: view.region,
    name: view.name,
    rates: view.rates.map((rate) => ({ taxClass: rate.taxClass, basisPoints: rate.basisPoints, label: rate.label })),
    updatedAt: view.updatedAt.toISOString(),
  };
}

export interface CurrencySettingOutput {
  readonly currency: CurrencyCode;
  readonly taxMode: 'inclusive' | 'exclusive';
  readonly rounding: 'half-up' | 'half-even';
  readonly defaultCountry: string;
  readonly shippingEstimate: number;
  readonly freeShippingFrom: number | null;
  readonly shippingTaxClass: string;
  readonly updatedAt: string;
}

export function currencySettingOutput(view: CurrencySettingView): CurrencySettingOutput {
  return {
    currency: view.currency,
    taxMode: view.taxMode,
    rounding: view.rounding,
    defaultCountry: view.defaultCountry,
    shippingEstimate: view.shippingEstimate,
    freeShippingFrom: view.freeShippingFrom,
    shippingTaxClass: view.shippingTaxClass,
    updatedAt: view.updatedAt.toISOString(),
  };
}
