import type { LineFlag } from '@emporium/cart-domain';
import type { CurrencyCode, Money } from '@emporium/money';
import type { CouponRejection, DiscountKind, TaxMode } from '@emporium/pricing';
import type { ServiceRejection } from './cart-pricing-input';

/** A line as the shopper sees it: the snapshot they added, what it costs after discounts, and anything to act on. */
export interface CartLineView {
  readonly variantId: string;
  /** Null when the variant is no longer in the catalog. */
  readonly productId: string | null;
  readonly productSlug: string | null;
  readonly sku: string;
  readonly title: string;
  readonly options: Readonly<Record<string, string>>;
  readonly image: { readonly url: string; readonly alt: string } | null;
  readonly quantity: number;
  /** The price snapshot: what the shopper saw when adding (or last accepted). */
  readonly unitPrice: Money;
  /** unitPrice × quantity. */
  readonly subtotal: Money;
  /** This line's share of every discount. */
  readonly discount: Money;
  /** subtotal − discount; zero for an unavailable line (it is not in the totals). */
  readonly total: Money;
  /** Most units this line may hold: the per-line rule, or what the inventory has left when it knows (below `quantity` when short). */
  readonly maxQuantity: number;
  /** Empty when the line can be bought as it is; see `LineFlag` (price_changed, unavailable, insufficient_stock). */
  readonly flags: readonly LineFlag[];
}

/** A coupon code on the cart: applied with its amount, or kept but not applying now, with why. */
export interface CartCouponView {
  readonly code: string;
  readonly applied: boolean;
  /** What it takes off now (zero when not applied). */
  readonly amount: Money;
  /** Why it does not apply now (null when applied): pricing's reason, or the cart service's (`inactive`, `currency_not_supported`). */
  readonly rejection: CouponRejection | ServiceRejection | null;
  /** A sentence for the shopper when it does not apply. */
  readonly message: string | null;
}

export interface DiscountView {
  /** The coupon code, or null for an automatic promotion. */
  readonly code: string | null;
  /** What the shopper reads: the code, or the promotion's name. */
  readonly label: string;
  readonly kind: DiscountKind;
  readonly amount: Money;
}

export interface TaxView {
  /** The rate's label (VAT, Sales tax), from the tax region. */
  readonly label: string;
  readonly basisPoints: number;
  readonly taxableBase: Money;
  readonly tax: Money;
}

/**
 * The breakdown. Exclusive: total = subtotal − discountTotal + shipping + taxTotal; inclusive: taxes are contained,
 * total = subtotal − discountTotal + shipping. `discountTotal` includes `shippingDiscount`.
 */
export interface CartTotalsView {
  readonly taxMode: TaxMode;
  readonly subtotal: Money;
  readonly discounts: readonly DiscountView[];
  readonly discountTotal: Money;
  /** The estimate before any free-shipping discount. */
  readonly shipping: Money;
  readonly shippingDiscount: Money;
  readonly taxes: readonly TaxView[];
  readonly taxTotal: Money;
  readonly total: Money;
  /** Where tax was worked out for: the shopper's destination, else the currency's default country. */
  readonly taxDestination: { readonly country: string; readonly region: string | null; readonly estimated: boolean };
}

/** Something a change did that the shopper did not ask for in so many words (see cart-domain's CartNotice), plus a sentence. */
export interface CartNoticeView {
  readonly type: 'capped' | 'price_updated' | 'not_merged' | 'removed' | 'merged';
  readonly variantId: string | null;
  readonly message: string;
}

export interface CartView {
  /** Null until the first change stores the cart. */
  readonly id: string | null;
  readonly currency: CurrencyCode;
  /** Units across all lines (the header badge). */
  readonly itemCount: number;
  readonly lines: readonly CartLineView[];
  readonly coupons: readonly CartCouponView[];
  readonly destination: { readonly country: string; readonly region: string | null; readonly postalCode: string | null } | null;
  /** Null when the cart cannot be priced (a tax rate the merchant has not set): `problem` says why. */
  readonly totals: CartTotalsView | null;
  readonly problem: string | null;
  /** True when every line can be bought as it is (none flagged) and the cart is not empty. */
  readonly canCheckout: boolean;
  /** What this call changed on its own (capped quantities, re-priced lines, a merged guest cart). */
  readonly notices: readonly CartNoticeView[];
}
