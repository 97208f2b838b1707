import type { CartView } from '@emporium/cart-api';
import { add, getCart, useCartShop, variant } from '../testing/cart-shop';

describe('carts are private to their shopper', () => {
  const shop = useCartShop();

  it('shows another guest nothing of my cart, and answers NOT_FOUND when they name its id', async () => {
    const mine = shop.browser();
    const cart = await add(mine, 'CLASSIC-WHITE-TEE-M', 1);
    const theirs = shop.browser();

    expect(await getCart(theirs)).toMatchObject({ id: null, lines: [] });
    for (const [kind, path, input] of [
      ['query', 'cart.get', { cartId: cart.id }],
      ['mutate', 'cart.setQuantity', { cartId: cart.id, variantId: variant('CLASSIC-WHITE-TEE-M'), quantity: 5 }],
      ['mutate', 'cart.remove', { cartId: cart.id, variantId: variant('CLASSIC-WHITE-TEE-M') }],
      ['mutate', 'cart.add', { cartId: cart.id, variantId: variant('WOOL-BEANIE'), quantity: 1 }],
      ['mutate', 'cart.clear', { cartId: cart.id }],
    ] as const) {
      const result = kind === 'query' ? await theirs.query(path, input) : await theirs.mutate(path, input);
      expect(result.ok ? `${path} succeeded` : [result.error.status, result.error.reason]).toEqual([404, 'CART_NOT_FOUND']);
    }
    // Naming my own cart is fine; nothing they tried changed it.
    const after = await mine.query<CartView>('cart.get', { cartId: cart.id });
    expect(after.ok && after.data.lines.map((line) => [line.sku, line.quantity])).toEqual([['CLASSIC-WHITE-TEE-M', 1]]);
    expect((await getCart(theirs)).id).toBeNull();
  });

  it('treats a forged or stale cart cookie as no cart at all', async () => {
    const mine = shop.browser();
    await add(mine, 'CLASSIC-WHITE-TEE-M', 1);
    const token = mine.cookies.get('emporium_cart') ?? '';
    const forger = shop.browser();
    forger.cookies.set('emporium_cart', `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`);
    expect(await getCart(forger)).toMatchObject({ id: null, lines: [] });
    // A token that opens nothing is dropped from the browser.
    expect(forger.cookies.has('emporium_cart')).toBe(false);
    forger.cookies.set('emporium_cart', "x' OR '1'='1");
    expect(await getCart(forger)).toMatchObject({ id: null, lines: [] });
    const removal = await forger.mutate('cart.remove', { variantId: variant('CLASSIC-WHITE-TEE-M') });
    expect(removal.ok ? 'removed' : [removal.error.status, removal.error.reason]).toEqual([404, 'LINE_NOT_FOUND']);
    expect((await getCart(mine)).itemCount).toBe(1);
  });

  it("keeps a customer's cart out of a guest's reach, by id too", async () => {
    const customer = await shop.signedIn();
    const cart = await add(customer, 'WOOL-BEANIE', 1);
    const guest = shop.browser();
    const peek = await guest.query('cart.get', { cartId: cart.id });
    expect(peek.ok ? 'seen' : [peek.error.status, peek.error.reason]).toEqual([404, 'CART_NOT_FOUND']);
    await customer.ok(customer.mutate('cart.clear'));
  });
});
