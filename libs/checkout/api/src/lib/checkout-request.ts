import type { CartLineSnapshot, CurrentOffer } from '@emporium/checkout-domain';
import type { Money } from '@emporium/money';
import type { OrderSnapshot } from '@emporium/order-domain';

/** An address as the order service keeps it. */
export interface OrderAddress {
  readonly name: string;
  readonly line1: string;
  readonly line2?: string;
  readonly city: string;
  readonly region?: string;
  readonly postalCode: string;
  readonly country: string;
  readonly phone?: string;
}

/**
 * Everything an attempt's steps need, worked out on the server when the shopper places the order and stored with
 * the attempt — so the recovery sweep can finish or undo it without the shopper's request (or their cookies).
 */
export interface CheckoutRequest {
  readonly email: string;
  readonly customerId: string | null;
  /** Whose per-customer coupon limits count: the customer's id, or a guest's e-mail. */
  readonly customerKey: string | null;
  readonly shippingAddress: OrderAddress;
  readonly billingAddress: OrderAddress;
  readonly shippingOption: { readonly id: string; readonly name: string; readonly amount: Money };
  readonly couponCodes: readonly string[];
  /** What the shopper saw in the cart, and what the catalog and inventory said when they placed the order. */
  readonly seen: readonly CartLineSnapshot[];
  readonly offers: readonly CurrentOffer[];
  readonly reviewedTotal: Money;
  /** The order as it will be: lines, discounts, taxes, delivery and totals, from the pricing lib. */
  readonly snapshot: OrderSnapshot;
  readonly reservationLines: readonly { readonly sku: string; readonly quantity: number }[];
  /** Where the browser comes back after the bank's challenge. */
  readonly returnUrl: string;
}
