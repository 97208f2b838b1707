/**
 * Builders for this lib's specs only: not exported from `src/index.ts`. Kept free of test tools so the lib's
 * typecheck and purity lint cover them like any other file.
 */
import type { CurrencyCode, Money } from '@emporium/money';
import type { Cart, CartLine } from '../lib/cart';
import type { CartResult } from '../lib/cart-error';
import type { CatalogVariant, CurrentVariant } from '../lib/catalog-facts';

export const USD = 'USD' as CurrencyCode;
export const EUR = 'EUR' as CurrencyCode;

export const T0 = new Date('2026-03-01T10:00:00Z');
export const T1 = new Date('2026-03-02T10:00:00Z');
export const T2 = new Date('2026-03-03T10:00:00Z');

export const usd = (amount: number): Money => ({ amount, currency: USD });
export const eur = (amount: number): Money => ({ amount, currency: EUR });

/** An active variant of an active product priced at 10.00 USD unless told otherwise. */
export function variant(variantId: string, overrides: Partial<CatalogVariant> = {}): CatalogVariant {
  return {
    variantId,
    sku: `SKU-${variantId.toUpperCase()}`,
    title: `Product ${variantId}`,
    options: { Size: 'M' },
    variantStatus: 'active',
    productStatus: 'active',
    price: usd(1000),
    ...overrides,
  };
}

export function current(variantId: string, overrides: Partial<CurrentVariant> = {}): CurrentVariant {
  return { variantId, variantStatus: 'active', productStatus: 'active', price: usd(1000), ...overrides };
}

export function line(variantId: string, quantity: number, overrides: Partial<CartLine> = {}): CartLine {
  return {
    variantId,
    sku: `SKU-${variantId.toUpperCase()}`,
    title: `Product ${variantId}`,
    options: { Size: 'M' },
    quantity,
    unitPrice: usd(1000),
    capturedAt: T0,
    ...overrides,
  };
}

export function cartOf(...lines: CartLine[]): Cart {
  return { currency: USD, lines };
}

/** The cart of a result that must have succeeded; throws otherwise so a spec fails loudly. */
export function cartAfter(result: CartResult): Cart {
  if (!result.ok) throw new Error(`Expected success, got ${result.error.type}`);
  return result.cart;
}
