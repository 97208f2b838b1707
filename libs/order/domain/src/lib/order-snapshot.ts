import type { CurrencyCode, Money } from '@emporium/money';
import type { DiscountKind, PricedCart, TaxLine, TaxMode } from '@emporium/pricing';
import type { OrderError } from './order-error';
import type { Result } from './result';

/** What the catalogue said about a line when it was bought; pricing does not know it, the checkout passes it in. */
export interface LineDetails {
  readonly sku: string;
  readonly title: string;
  /** Chosen options in display order, e.g. `[{ name: 'Size', value: 'M' }]`. */
  readonly options: readonly { readonly name: string; readonly value: string }[];
}

/** One discount's part of a line, as pricing allocated it. */
export interface LineDiscount {
  readonly code: string;
  readonly kind: DiscountKind;
  readonly amount: Money;
}

/** The tax of a line at its rate; the base is net of tax in both modes (as in `TaxLine`). */
export interface LineTax {
  readonly basisPoints: number;
  readonly taxableBase: Money;
  readonly tax: Money;
}

/** A line as bought. Amounts are in the cart's entered terms (gross when inclusive, net when exclusive). */
export interface OrderLine extends LineDetails {
  readonly lineId: string;
  readonly productId: string;
  readonly quantity: number;
  readonly unitPrice: Money;
  /** unitPrice × quantity. */
  readonly subtotal: Money;
  /** Each discount's part of this line, in the order pricing applied them; they sum to `discount`. */
  readonly discounts: readonly LineDiscount[];
  readonly discount: Money;
  /** subtotal − discount. */
  readonly total: Money;
  /** One entry (a line has one rate); a list so a split rate never changes the shape. */
  readonly taxes: readonly LineTax[];
  /** Contained in `total` when inclusive, owed on top when exclusive. */
  readonly tax: Money;
}

export interface ShippingMethod {
  readonly id: string;
  readonly name: string;
}

export interface OrderShipping {
  readonly method: ShippingMethod | null;
  /** The charge before any shipping discount. */
  readonly charge: Money;
  readonly discount: Money;
  readonly tax: Money;
}

/** The totals exactly as the shopper saw them in the cart (copied from the priced cart, never recomputed). */
export interface OrderTotals {
  readonly subtotal: Money;
  /** Includes the shipping discount. */
  readonly discountTotal: Money;
  /** The shipping charge before its discount. */
  readonly shipping: Money;
  readonly taxTotal: Money;
  readonly total: Money;
}

export interface OrderSnapshot {
  readonly currency: CurrencyCode;
  readonly taxMode: TaxMode;
  readonly lines: readonly OrderLine[];
  readonly shipping: OrderShipping;
  /** Each applied discount with its whole amount and its shipping part. */
  readonly discounts: readonly { readonly code: string; readonly kind: DiscountKind; readonly amount: Money; readonly shipping: Money }[];
  readonly taxes: readonly TaxLine[];
  readonly totals: OrderTotals;
}

/** Who placed the order: a signed-in customer or a guest; both leave an e-mail to write to. */
export type OrderCustomer =
  | { readonly kind: 'customer'; readonly customerId: string; readonly email: string }
  | { readonly kind: 'guest'; readonly email: string };

export interface OrderAddress {
  readonly name: string;
  readonly lines: readonly string[];
  readonly city: string;
  readonly postalCode: string;
  readonly region?: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly phone?: string;
}

/**
 * The order's snapshot of a priced cart: every line, discount allocation, tax and total is copied, not
 * recomputed, so the order's totals are the cart's by construction. Refuses a line without its details.
 */
export function snapshotFromPricedCart(
  cart: PricedCart,
  details: ReadonlyMap<string, LineDetails>,
  method: ShippingMethod | null,
): Result<OrderSnapshot, OrderError> {
  const lines: OrderLine[] = [];
  for (const line of cart.lines) {
    const detail = details.get(line.id);
    if (!detail) return { ok: false, error: { type: 'MissingLineDetails', lineId: line.id } };
    const discounts = cart.discounts.flatMap((discount) =>
      discount.lines
        .filter((allocation) => allocation.lineId === line.id && allocation.amount.amount > 0)
        .map((allocation): LineDiscount => ({ code: discount.code, kind: discount.kind, amount: allocation.amount })),
    );
    const taxableBase = cart.taxMode === 'exclusive' ? line.total : { amount: line.total.amount - line.tax.amount, currency: cart.currency };
    lines.push({
      lineId: line.id,
      productId: line.productId,
      sku: detail.sku,
      title: detail.title,
      options: detail.options.map((option) => ({ ...option })),
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      subtotal: line.subtotal,
      discounts,
      discount: line.discount,
      total: line.total,
      taxes: [{ basisPoints: line.taxBasisPoints, taxableBase, tax: line.tax }],
      tax: line.tax,
    });
  }
  return {
    ok: true,
    value: {
      currency: cart.currency,
      taxMode: cart.taxMode,
      lines,
      shipping: { method, charge: cart.shipping, discount: cart.shippingDiscount, tax: cart.shippingTax },
      discounts: cart.discounts.map(({ code, kind, amount, shipping }) => ({ code, kind, amount, shipping })),
      taxes: cart.taxes.map((tax) => ({ ...tax })),
      totals: { subtotal: cart.subtotal, discountTotal: cart.discountTotal, shipping: cart.shipping, taxTotal: cart.taxTotal, total: cart.total },
    },
  };
}

/** What the customer paid for a line: its total, plus its tax when tax is added on top. */
export function linePaid(line: OrderLine, taxMode: TaxMode): number {
  return line.total.amount + (taxMode === 'exclusive' ? line.tax.amount : 0);
}

/** What the customer paid for shipping: the charge less its discount, plus its tax when added on top. */
export function shippingPaid(snapshot: OrderSnapshot): number {
  const { charge, discount, tax } = snapshot.shipping;
  return charge.amount - discount.amount + (snapshot.taxMode === 'exclusive' ? tax.amount : 0);
}
