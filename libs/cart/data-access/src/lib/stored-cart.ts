import type { Cart } from '@emporium/cart-domain';

export interface CartDestination {
  readonly country: string;
  readonly region: string | null;
  readonly postalCode: string | null;
}

/** A cart as stored: the domain's value plus who owns it, where it ships and the codes applied, in order. */
export interface StoredCart {
  readonly id: string;
  /** Set for a customer's cart; null for a guest's. */
  readonly userId: string | null;
  readonly cart: Cart;
  readonly couponCodes: readonly string[];
  readonly destination: CartDestination | null;
  readonly updatedAt: Date;
}
