import { type TotalsRow } from '../cart/totals-rows';

/** The parts of an order view its totals are read from (minor units, in the order's currency). */
export interface OrderTotalsInput {
  readonly currency: string;
  readonly taxMode: 'inclusive' | 'exclusive';
  readonly discounts: ReadonlyArray<{ readonly code: string; readonly amount: number }>;
  readonly shipping: { readonly charge: number; readonly discount: number };
  readonly totals: { readonly subtotal: number; readonly taxTotal: number; readonly grandTotal: number };
}

/**
 * An order's totals as rows that add up, as the shopper saw them at checkout: subtotal, each code's discount on the
 * goods, shipping after its discount, tax (added, or said to be inside the prices), total.
 */
export function orderTotalsRows(order: OrderTotalsInput): TotalsRow[] {
  const money = (amount: number) => ({ amount, currency: order.currency });
  const rows: TotalsRow[] = [{ kind: 'subtotal', label: 'Subtotal', amount: money(order.totals.subtotal) }];
  for (const discount of order.discounts) {
    if (discount.amount > 0) rows.push({ kind: 'discount', label: discount.code, amount: money(-discount.amount) });
  }
  const shipped = order.shipping.charge - order.shipping.discount;
  rows.push({ kind: 'shipping', label: 'Shipping', amount: money(shipped), before: order.shipping.discount > 0 ? money(order.shipping.charge) : null, free: shipped === 0 });
  if (order.taxMode === 'exclusive' && order.totals.taxTotal > 0) rows.push({ kind: 'tax', label: 'Tax', amount: money(order.totals.taxTotal) });
  rows.push({ kind: 'total', label: 'Total', amount: money(order.totals.grandTotal) });
  if (order.taxMode === 'inclusive' && order.totals.taxTotal > 0) rows.push({ kind: 'included-tax', label: 'includes tax', amount: money(order.totals.taxTotal) });
  return rows;
}
