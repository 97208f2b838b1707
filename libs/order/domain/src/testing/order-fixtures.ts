/** Builders for the specs (not exported from the lib). */
import type { CurrencyCode, Money } from '@emporium/money';
import { type Discount, priceCart, type PricedCart, type PricingInput, type TaxMode } from '@emporium/pricing';
import type { LineDetails, OrderLine, OrderSnapshot } from '../lib/order-snapshot';
import type { LineFacts, OrderFacts, PaymentFacts } from '../lib/order-status';

export const NOW = new Date('2026-06-15T12:00:00Z');
export const EUR = 'EUR' as CurrencyCode;

export interface CartSpec {
  readonly currency?: CurrencyCode;
  readonly mode?: TaxMode;
  readonly lines: readonly { readonly id: string; readonly unit: number; readonly quantity: number; readonly taxClass?: string }[];
  readonly shipping?: number;
  readonly discounts?: readonly Discount[];
  /** Basis points for the classes `std` (default 2000), `red` (500) and `zero` (0). */
  readonly standardRate?: number;
}

export function pricingInput(spec: CartSpec): PricingInput {
  const currency = spec.currency ?? EUR;
  return {
    currency,
    lines: spec.lines.map((line) => ({
      id: line.id,
      productId: `p-${line.id}`,
      unitPrice: { amount: line.unit, currency },
      quantity: line.quantity,
      taxClass: line.taxClass ?? 'std',
    })),
    ...(spec.shipping === undefined ? {} : { shipping: { amount: { amount: spec.shipping, currency }, taxClass: 'std' } }),
    coupons: (spec.discounts ?? []).map((discount, index) => ({
      coupon: { code: `C${index + 1}`, discount, combinable: 'stackable' as const },
      usage: { total: 0, byCustomer: 0 },
    })),
    tax: {
      mode: spec.mode ?? 'exclusive',
      destination: { country: 'DE' },
      rates: [
        { country: 'DE', taxClass: 'std', basisPoints: spec.standardRate ?? 2000 },
        { country: 'DE', taxClass: 'red', basisPoints: 500 },
        { country: 'DE', taxClass: 'zero', basisPoints: 0 },
      ],
    },
    now: NOW,
  };
}

export function priced(spec: CartSpec): PricedCart {
  const result = priceCart(pricingInput(spec));
  if (!result.ok) throw new Error(`pricing refused the fixture: ${JSON.stringify(result.error)}`);
  return result.value;
}

export function detailsFor(cart: PricedCart): Map<string, LineDetails> {
  return new Map(cart.lines.map((line) => [line.id, { sku: `SKU-${line.id}`, title: `Product ${line.id}`, options: [{ name: 'Size', value: 'M' }] }]));
}

/** A snapshot made by hand, with exactly the allocations and taxes given (for hand-worked tables). */
export interface HandLine {
  readonly lineId: string;
  readonly unitPrice: number;
  readonly quantity: number;
  readonly discounts?: readonly number[];
  readonly tax?: number;
}

export function handSnapshot(
  lines: readonly HandLine[],
  options: { readonly mode?: TaxMode; readonly shipping?: { readonly charge: number; readonly discount?: number; readonly tax?: number } } = {},
): OrderSnapshot {
  const currency = EUR;
  const mode = options.mode ?? 'exclusive';
  const cash = (amount: number): Money => ({ amount, currency });
  const orderLines: OrderLine[] = lines.map((line) => {
    const discounts = (line.discounts ?? []).map((amount, index) => ({ code: `D${index + 1}`, kind: 'percentage' as const, amount: cash(amount) }));
    const discount = discounts.reduce((sum, part) => sum + part.amount.amount, 0);
    const subtotal = line.unitPrice * line.quantity;
    const total = subtotal - discount;
    const tax = line.tax ?? 0;
    return {
      lineId: line.lineId,
      productId: `p-${line.lineId}`,
      sku: `SKU-${line.lineId}`,
      title: line.lineId,
      options: [],
      quantity: line.quantity,
      unitPrice: cash(line.unitPrice),
      subtotal: cash(subtotal),
      discounts,
      discount: cash(discount),
      total: cash(total),
      taxes: [{ basisPoints: 2000, taxableBase: cash(mode === 'exclusive' ? total : total - tax), tax: cash(tax) }],
      tax: cash(tax),
    };
  });
  const shipping = { charge: options.shipping?.charge ?? 0, discount: options.shipping?.discount ?? 0, tax: options.shipping?.tax ?? 0 };
  const sum = (pick: (line: OrderLine) => number): number => orderLines.reduce((total, line) => total + pick(line), 0);
  const taxTotal = sum((line) => line.tax.amount) + shipping.tax;
  const total = sum((line) => line.total.amount) + shipping.charge - shipping.discount + (mode === 'exclusive' ? taxTotal : 0);
  return {
    currency,
    taxMode: mode,
    lines: orderLines,
    shipping: { method: { id: 'std', name: 'Standard' }, charge: cash(shipping.charge), discount: cash(shipping.discount), tax: cash(shipping.tax) },
    discounts: [],
    taxes: [],
    totals: {
      subtotal: cash(sum((line) => line.subtotal.amount)),
      discountTotal: cash(sum((line) => line.discount.amount) + shipping.discount),
      shipping: cash(shipping.charge),
      taxTotal: cash(taxTotal),
      total: cash(total),
    },
  };
}

export function lineFacts(lineId: string, ordered: number, counts: Partial<Omit<LineFacts, 'lineId' | 'ordered'>> = {}): LineFacts {
  return { lineId, ordered, fulfilled: 0, shipped: 0, delivered: 0, returnRequested: 0, returnReceived: 0, returnRefunded: 0, ...counts };
}

/** Every line at the same stage: `delivered` means fulfilled, shipped and delivered in full. */
export function factsFor(
  snapshot: OrderSnapshot,
  stage: 'placed' | 'fulfilled' | 'shipped' | 'delivered' = 'placed',
  payment: Partial<PaymentFacts> = {},
): OrderFacts {
  const level = ['placed', 'fulfilled', 'shipped', 'delivered'].indexOf(stage);
  return {
    lines: snapshot.lines.map((line) =>
      lineFacts(line.lineId, line.quantity, {
        fulfilled: level >= 1 ? line.quantity : 0,
        shipped: level >= 2 ? line.quantity : 0,
        delivered: level >= 3 ? line.quantity : 0,
      }),
    ),
    payment: { authorized: snapshot.totals.total.amount, captured: 0, refunded: 0, authorizationClosed: false, ...payment },
    total: snapshot.totals.total.amount,
    cancelled: false,
  };
}
