import { BASIS_POINTS_PER_WHOLE, type RoundingMode, scaleRounded } from './rounding';

/**
 * `inclusive`: entered prices contain the tax (EU style); it is extracted, and the total is what was entered.
 * `exclusive`: entered prices are net (US style); tax is added on top.
 */
export type TaxMode = 'inclusive' | 'exclusive';

/** Where the goods go: ISO 3166-1 alpha-2 country, optional subdivision (e.g. `US` / `CA`). Compared case-insensitively. */
export interface Destination {
  readonly country: string;
  readonly region?: string;
}

/**
 * One combined rate for a tax class at a destination, in basis points (2000 = 20 %, 725 = 7.25 %). A rate with a
 * region applies only there and beats the country-wide rate (no region) for the same class; rates never compound.
 */
export interface TaxRate {
  readonly country: string;
  readonly region?: string;
  readonly taxClass: string;
  readonly basisPoints: number;
}

/** The rate for a class at a destination: the region's own rate first, then the country's; undefined if neither. */
export function findTaxRate(rates: readonly TaxRate[], destination: Destination, taxClass: string): TaxRate | undefined {
  const country = destination.country.toUpperCase();
  const region = destination.region?.toUpperCase();
  const forClass = rates.filter((rate) => rate.taxClass === taxClass && rate.country.toUpperCase() === country);
  return (
    (region === undefined ? undefined : forClass.find((rate) => rate.region?.toUpperCase() === region)) ??
    forClass.find((rate) => rate.region === undefined)
  );
}

/**
 * The tax in one amount (minor units, after discounts), rounded once with `rounding`:
 * - exclusive: `amount × rate / 10 000` (the tax added to a net amount);
 * - inclusive: `amount × rate / (10 000 + rate)` (the tax inside a gross amount; the net is `amount − tax`).
 * Pricing calls it once per line and once for shipping, and never re-rounds the sums.
 */
export function taxOn(amount: number, basisPoints: number, mode: TaxMode, rounding: RoundingMode): number {
  const denominator = mode === 'exclusive' ? BASIS_POINTS_PER_WHOLE : BASIS_POINTS_PER_WHOLE + basisPoints;
  return scaleRounded(amount, basisPoints, denominator, rounding);
}

/** An amount to tax: a discounted line or the shipping charge. */
export interface TaxableAmount {
  readonly amount: number;
  readonly basisPoints: number;
}

/** One rate's share of the tax: its net taxable base (tax excluded, in both modes) and the tax. */
export interface TaxBreakdownLine {
  readonly basisPoints: number;
  readonly taxableBase: number;
  readonly tax: number;
}

export interface ComputedTax {
  /** Tax per amount, in the order given. */
  readonly perAmount: readonly number[];
  /** One entry per distinct rate, lowest rate first; amounts of the same rate from different classes are merged. */
  readonly breakdown: readonly TaxBreakdownLine[];
  readonly total: number;
}

/**
 * Tax on each amount (rounded per amount, see `taxOn`) and the breakdown by rate, whose taxes are the sums of the
 * rounded per-amount taxes, so the breakdown, the lines and the total always agree to the unit.
 */
export function computeTax(amounts: readonly TaxableAmount[], mode: TaxMode, rounding: RoundingMode): ComputedTax {
  const perAmount = amounts.map((item) => taxOn(item.amount, item.basisPoints, mode, rounding));
  const byRate = new Map<number, { taxableBase: number; tax: number }>();
  amounts.forEach((item, index) => {
    const tax = perAmount[index] ?? 0;
    const entry = byRate.get(item.basisPoints) ?? { taxableBase: 0, tax: 0 };
    entry.taxableBase += mode === 'exclusive' ? item.amount : item.amount - tax;
    entry.tax += tax;
    byRate.set(item.basisPoints, entry);
  });
  const breakdown = [...byRate.entries()].sort(([a], [b]) => a - b).map(([basisPoints, entry]) => ({ basisPoints, ...entry }));
  return { perAmount, breakdown, total: perAmount.reduce((sum, tax) => sum + tax, 0) };
}
