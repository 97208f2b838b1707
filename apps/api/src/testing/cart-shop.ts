/**
 * Shared by the cart HTTP specs: a shop with the curated demo catalog, stock and pricing, and shoppers as browsers.
 * Test support only (excluded from the app build).
 */
import { demoId } from '@emporium/catalog-data-access';
import type { CartView } from '@emporium/cart-api';
import { BrowserClient, type TrpcResult } from './browser-client';
import { startTestApi, type TestApi } from './test-api';

export const SHOPPER = { email: 'shopper@example.com', password: 'emporium-shopper-demo' };

/** Demo variants by SKU (their ids are derived from the SKU). */
export const variant = (sku: string): string => demoId(sku);

export function useCartShop(): { api: () => TestApi; browser: () => BrowserClient; signedIn: (client?: BrowserClient) => Promise<BrowserClient> } {
  let api: TestApi | undefined;
  beforeAll(async () => {
    api = await startTestApi();
    // The demo stock arrives through the catalog's events after start-up; the soft stock checks need it in place.
    const client = new BrowserClient(api.url);
    for (let waited = 0; ; waited += 100) {
      const answer = await client.ok(client.query<{ unknown: string[] }>('inventory.availability', { skus: ['CLASSIC-WHITE-TEE-XS', 'WOOL-BEANIE'] }));
      if (answer.unknown.length === 0) break;
      if (waited > 20_000) throw new Error('The demo stock never arrived');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  afterAll(async () => {
    await api?.close();
  });
  const current = () => {
    if (!api) throw new Error('The shop is used outside a test');
    return api;
  };
  const browser = () => new BrowserClient(current().url);
  return {
    api: current,
    browser,
    signedIn: async (client = browser()) => {
      await client.ok(client.mutate('user.auth.login', SHOPPER));
      return client;
    },
  };
}

/** The cart a call answered with, or a failure naming what went wrong. */
export async function cartOf(result: Promise<TrpcResult<CartView>>): Promise<CartView> {
  const settled = await result;
  if (!settled.ok) throw new Error(`expected a cart, got ${settled.error.status} ${settled.error.code} ${settled.error.reason ?? ''}: ${settled.error.message}`);
  return settled.data;
}

export const getCart = (client: BrowserClient) => cartOf(client.query<CartView>('cart.get'));
export const add = (client: BrowserClient, sku: string, quantity = 1, extra: Record<string, unknown> = {}) =>
  cartOf(client.mutate<CartView>('cart.add', { variantId: variant(sku), quantity, ...extra }));
