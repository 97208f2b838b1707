import { type Money } from './money';

/** The parts of the API's CartTotalsView the breakdown reads (structural, so the rules are testable alone). */
export interface TotalsFacts {
  readonly taxMode: 'inclusive' | 'exclusive';
  readonly subtotal: Money;
  readonly discounts: ReadonlyArray<{ readonly code: string | null; readonly label: string; readonly kind: string; readonly amount: Money }>;
  readonly shipping: Money;
  readonly shippingDiscount: Money;
  readonly taxes: ReadonlyArray<{ readonly label: string; readonly basisPoints: number; readonly tax: Money }>;
  readonly total: Money;
}

export type TotalsRow =
  | { readonly kind: 'subtotal' | 'total'; readonly label: string; readonly amount: Money }
  /** A discount on the goods, as a negative amount. */
  | { readonly kind: 'discount'; readonly label: string; readonly amount: Money }
  /** What shipping costs after any free-shipping discount; `before` is the price it was cut from. */
  | { readonly kind: 'shipping'; readonly label: string; readonly amount: Money; readonly before: Money | null; readonly free: boolean }
  /** Exclusive tax, added to the total. */
  | { readonly kind: 'tax'; readonly label: string; readonly amount: Money }
  /** Tax already inside the prices (inclusive mode): said, never added. */
  | { readonly kind: 'included-tax'; readonly label: string; readonly amount: Money };

const percent = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** 1900 → "19 %", 725 → "7.25 %": a rate as the shop writes it. */
export function percentLabel(basisPoints: number): string {
  return `${percent.format(basisPoints / 100)} %`;
}

/** "VAT 19 %"; inside the prices it reads "includes VAT 19 %". */
export function taxLineLabel(tax: { readonly label: string; readonly basisPoints: number }, mode: TotalsFacts['taxMode']): string {
  const named = `${tax.label} ${percentLabel(tax.basisPoints)}`;
  return mode === 'inclusive' ? `includes ${named}` : named;
}

/**
 * The breakdown, top to bottom, so that the rows the shopper sees add up to the total: subtotal, minus each discount
 * on the goods, plus shipping (a free-shipping discount shows on the shipping row, not again as a discount), plus
 * each exclusive tax; inclusive taxes come after the total as "includes VAT 19 %".
 */
export function totalsRows(totals: TotalsFacts): TotalsRow[] {
  const { currency } = totals.subtotal;
  const shippingCodes = totals.discounts.filter((discount) => discount.kind === 'free_shipping').map((discount) => discount.label);
  const shipped = totals.shipping.amount - totals.shippingDiscount.amount;
  const rows: TotalsRow[] = [{ kind: 'subtotal', label: 'Subtotal', amount: totals.subtotal }];
  for (const discount of totals.discounts) {
    if (discount.kind === 'free_shipping' || discount.amount.amount === 0) continue;
    rows.push({ kind: 'discount', label: discount.label, amount: { amount: -discount.amount.amount, currency } });
  }
  rows.push({
    kind: 'shipping',
    label: shippingCodes.length > 0 && totals.shippingDiscount.amount > 0 ? `Shipping (${shippingCodes.join(', ')})` : 'Shipping',
    amount: { amount: shipped, currency },
    before: totals.shippingDiscount.amount > 0 ? totals.shipping : null,
    free: shipped === 0,
  });
  const taxKind = totals.taxMode === 'inclusive' ? 'included-tax' : 'tax';
  const taxes = totals.taxes.map((tax) => ({ kind: taxKind, label: taxLineLabel(tax, totals.taxMode), amount: tax.tax }) as const);
  if (taxKind === 'tax') rows.push(...taxes);
  rows.push({ kind: 'total', label: 'Total', amount: totals.total });
  if (taxKind === 'included-tax') rows.push(...taxes);
  return rows;
}
