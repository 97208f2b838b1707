import { sql } from 'kysely';
import type { CartView } from '@emporium/cart-api';
import { add, cartOf, getCart, useCartShop, variant } from '../testing/cart-shop';

describe('a guest cart over HTTP', () => {
  const shop = useCartShop();

  it('lives behind an HttpOnly cookie and is priced from the catalog: a client-sent price, total or discount is ignored', async () => {
    const client = shop.browser();
    expect(await getCart(client)).toMatchObject({ id: null, itemCount: 0, lines: [], totals: null });
    expect(client.cookies.size).toBe(0);

    const added = await client.mutate<CartView>('cart.add', {
      variantId: variant('CLASSIC-WHITE-TEE-M'),
      quantity: 2,
      unitPrice: { amount: 1, currency: 'USD' },
      total: { amount: 0, currency: 'USD' },
      discount: 100_000,
    });
    expect(added.ok).toBe(true);
    const setCookie = added.ok ? added.headers.getSetCookie().find((cookie) => cookie.startsWith('emporium_cart=')) : undefined;
    expect(setCookie).toMatch(/^emporium_cart=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Lax; Path=\/; Max-Age=2592000$/);

    const cart = await getCart(client);
    expect(cart.lines).toEqual([
      expect.objectContaining({ sku: 'CLASSIC-WHITE-TEE-M', title: 'Classic White Tee', options: { Size: 'M' }, quantity: 2, unitPrice: { amount: 1900, currency: 'USD' }, flags: [] }),
    ]);
    // USD prices exclude tax; the demo shop estimates tax for the US as a whole (0 %) and ships for 5.99 under 75.00.
    expect(cart.totals).toMatchObject({ taxMode: 'exclusive', subtotal: { amount: 3800 }, shipping: { amount: 599 }, taxes: [], taxTotal: { amount: 0 }, total: { amount: 4399 } });
    // The line may grow to what the inventory has left, at most 99.
    const { rows } = await sql<{ available: number }>`
      SELECT sum(l.on_hand - l.reserved)::int AS available FROM inventory.stock_level l JOIN inventory.item i ON i.id = l.item_id
      JOIN inventory.location loc ON loc.id = l.location_id WHERE upper(i.sku) = 'CLASSIC-WHITE-TEE-M' AND loc.active`.execute(shop.api().database.db);
    expect(cart.lines[0]?.maxQuantity).toBe(Math.min(99, rows[0]!.available));
    expect(cart.canCheckout).toBe(true);
  });

  it('works out tax for the destination, rounding per line: California adds 7.25 % on the goods and the shipping', async () => {
    const client = shop.browser();
    await add(client, 'CLASSIC-WHITE-TEE-M', 2);
    const cart = await cartOf(client.mutate<CartView>('cart.setDestination', { destination: { country: 'us', region: 'ca', postalCode: '94103' } }));
    expect(cart.destination).toEqual({ country: 'US', region: 'CA', postalCode: '94103' });
    // 3800 × 7.25 % = 275.5 → 276; shipping 599 × 7.25 % = 43.43 → 43.
    expect(cart.totals).toMatchObject({
      subtotal: { amount: 3800 },
      shipping: { amount: 599 },
      taxes: [{ label: 'Sales tax', basisPoints: 725, tax: { amount: 319 } }],
      taxTotal: { amount: 319 },
      total: { amount: 3800 + 599 + 276 + 43 },
      taxDestination: { country: 'US', region: 'CA', estimated: false },
    });
  });

  it('prices a euro cart with VAT included, for Germany by default', async () => {
    const client = shop.browser();
    const cart = await add(client, 'CLASSIC-WHITE-TEE-M', 2, { currency: 'EUR' });
    expect(cart.currency).toBe('EUR');
    // 2 × 18.00 = 36.00 incl. 19 % VAT (574.79 → 575); shipping 4.95 incl. VAT (79.03 → 79).
    expect(cart.totals).toMatchObject({
      taxMode: 'inclusive',
      subtotal: { amount: 3600, currency: 'EUR' },
      shipping: { amount: 495 },
      taxes: [{ label: 'VAT', basisPoints: 1900, tax: { amount: 654 } }],
      total: { amount: 4095 },
      taxDestination: { country: 'DE', region: null, estimated: true },
    });
  });

  it('follows the shopper to another currency: every line takes the catalog price there, nothing is converted', async () => {
    const client = shop.browser();
    await add(client, 'CLASSIC-WHITE-TEE-M', 1);
    await add(client, 'LEATHER-CARD-WALLET', 1);
    const cart = await cartOf(client.mutate<CartView>('cart.setCurrency', { currency: 'EUR' }));
    expect(cart.currency).toBe('EUR');
    expect(cart.lines.map((line) => [line.sku, line.unitPrice])).toEqual([
      ['CLASSIC-WHITE-TEE-M', { amount: 1800, currency: 'EUR' }],
      ['LEATHER-CARD-WALLET', { amount: 3350, currency: 'EUR' }],
    ]);
    expect(cart.notices.map((notice) => notice.type)).toEqual(['price_updated', 'price_updated']);

    const unsold = await client.mutate('cart.setCurrency', { currency: 'JPY' });
    expect(unsold.ok ? 'switched' : [unsold.error.status, unsold.error.reason]).toEqual([409, 'CURRENCY_NOT_AVAILABLE']);
    expect((await getCart(client)).itemCount).toBe(2);
  });

  it('sums repeated adds and changes quantities; 0 removes a line; ten adds at once lose none', async () => {
    const client = shop.browser();
    await add(client, 'WOOL-BEANIE', 1);
    await Promise.all(Array.from({ length: 10 }, () => add(client, 'WOOL-BEANIE', 1)));
    expect((await getCart(client)).lines[0]?.quantity).toBe(11);

    const changed = await cartOf(client.mutate<CartView>('cart.setQuantity', { variantId: variant('WOOL-BEANIE'), quantity: 3 }));
    expect(changed.itemCount).toBe(3);
    const removed = await cartOf(client.mutate<CartView>('cart.setQuantity', { variantId: variant('WOOL-BEANIE'), quantity: 0 }));
    expect(removed.lines).toEqual([]);
    expect(removed.totals).toMatchObject({ subtotal: { amount: 0 }, shipping: { amount: 0 }, total: { amount: 0 } });
  });

  it('refuses more than the inventory holds (soft check) and sold-out sizes, with the count left', async () => {
    const client = shop.browser();
    const soldOut = await client.mutate('cart.add', { variantId: variant('CLASSIC-WHITE-TEE-XS'), quantity: 1 });
    expect(soldOut.ok ? null : soldOut.error).toMatchObject({ status: 409, reason: 'OUT_OF_STOCK', message: 'This item is out of stock' });
    expect((await getCart(client)).lines).toEqual([]);
  });

  it('clears lines and coupons', async () => {
    const client = shop.browser();
    await add(client, 'CLASSIC-WHITE-TEE-M', 1);
    await cartOf(client.mutate<CartView>('cart.applyCoupon', { code: 'WELCOME10' }));
    const cleared = await cartOf(client.mutate<CartView>('cart.clear'));
    expect(cleared).toMatchObject({ itemCount: 0, lines: [], coupons: [] });
  });
});
