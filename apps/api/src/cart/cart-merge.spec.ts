import type { CartView } from '@emporium/cart-api';
import { add, cartOf, getCart, useCartShop } from '../testing/cart-shop';

describe('signing in merges the guest cart into the account', () => {
  const shop = useCartShop();

  it("folds the guest's lines and coupon into the customer's cart, sums shared variants and forgets the guest cart", async () => {
    const customerElsewhere = await shop.signedIn();
    await add(customerElsewhere, 'LEATHER-CARD-WALLET', 1);

    const browser = shop.browser();
    await add(browser, 'CLASSIC-WHITE-TEE-M', 1);
    await add(browser, 'WOOL-BEANIE', 2);
    await add(browser, 'LEATHER-CARD-WALLET', 1);
    await cartOf(browser.mutate<CartView>('cart.applyCoupon', { code: 'WELCOME10' }));
    const guestToken = browser.cookies.get('emporium_cart');
    expect(guestToken).toBeDefined();

    await shop.signedIn(browser);
    // Two first calls at once (header and page) merge once.
    const [first, second] = await Promise.all([getCart(browser), getCart(browser)]);
    const merged = await getCart(browser);
    expect(merged.lines.map((line) => [line.sku, line.quantity])).toEqual([
      ['LEATHER-CARD-WALLET', 2],
      ['CLASSIC-WHITE-TEE-M', 1],
      ['WOOL-BEANIE', 2],
    ]);
    expect([first.id, second.id]).toEqual([merged.id, merged.id]);
    expect([...first.notices, ...second.notices].filter((notice) => notice.type === 'merged')).toHaveLength(1);
    expect(merged.coupons.map((coupon) => [coupon.code, coupon.applied])).toEqual([['WELCOME10', true]]);
    const subtotal = 2 * 3500 + 1900 + 2 * 2800;
    expect(merged.totals).toMatchObject({ subtotal: { amount: subtotal }, discountTotal: { amount: Math.round(subtotal * 0.1) } });
    expect(browser.cookies.has('emporium_cart')).toBe(false);

    // The same account on another device sees the same cart; the old guest cookie now opens nothing.
    expect((await getCart(customerElsewhere)).id).toBe(merged.id);
    const replay = shop.browser();
    replay.cookies.set('emporium_cart', guestToken ?? '');
    expect(await getCart(replay)).toMatchObject({ id: null, lines: [] });

    // Signing out leaves the account's cart with the account.
    await browser.ok(browser.mutate('user.auth.logout'));
    expect(await getCart(browser)).toMatchObject({ id: null, lines: [] });
    await customerElsewhere.ok(customerElsewhere.mutate('cart.clear'));
  });

  it('gives a customer without a cart the guest cart as it is, currency included', async () => {
    const browser = shop.browser();
    await add(browser, 'CLASSIC-WHITE-TEE-M', 3, { currency: 'EUR' });
    await shop.signedIn(browser);
    const merged = await getCart(browser);
    expect(merged).toMatchObject({ currency: 'EUR', itemCount: 3 });
    await browser.ok(browser.mutate('cart.clear'));
  });
});
