import type { CartView } from '@emporium/cart-api';
import { add, cartOf, useCartShop } from '../testing/cart-shop';

describe('coupon codes in the cart', () => {
  const shop = useCartShop();

  it('takes a code in any case with spaces around it, and shows the discount in the totals', async () => {
    const client = shop.browser();
    await add(client, 'CLASSIC-WHITE-TEE-M', 2);
    const cart = await cartOf(client.mutate<CartView>('cart.applyCoupon', { code: '  welcome10 ' }));
    expect(cart.coupons).toEqual([{ code: 'WELCOME10', applied: true, amount: { amount: 380, currency: 'USD' }, rejection: null, message: null }]);
    expect(cart.totals).toMatchObject({
      subtotal: { amount: 3800 },
      discounts: [{ code: 'WELCOME10', label: 'WELCOME10', kind: 'percentage', amount: { amount: 380 } }],
      discountTotal: { amount: 380 },
      total: { amount: 3800 - 380 + 599 },
    });
    expect(cart.lines[0]).toMatchObject({ discount: { amount: 380 }, total: { amount: 3420 } });
    // Applying it again changes nothing.
    expect((await cartOf(client.mutate<CartView>('cart.applyCoupon', { code: 'WELCOME10' }))).coupons).toHaveLength(1);
  });

  it('tells an unknown code from a real one that does not apply, without naming any other code', async () => {
    const client = shop.browser();
    await add(client, 'CLASSIC-WHITE-TEE-M', 1);
    const unknown = await client.mutate('cart.applyCoupon', { code: 'NOPE-123' });
    expect(unknown.ok ? 'applied' : [unknown.error.status, unknown.error.reason, unknown.error.message]).toEqual([
      404,
      'COUPON_NOT_FOUND',
      "We don't recognise the code NOPE-123. Check it and try again.",
    ]);
    const expired = await client.mutate('cart.applyCoupon', { code: 'summer24' });
    expect(expired.ok ? 'applied' : [expired.error.status, expired.error.reason]).toEqual([409, 'COUPON_NOT_APPLICABLE']);
    expect(expired.ok ? '' : expired.error.message).toBe('Coupon SUMMER24 expired on September 1, 2024');
    const short = await client.mutate('cart.applyCoupon', { code: 'FREESHIP' });
    expect(short.ok ? '' : short.error.message).toBe('Add $11.00 more of eligible items to use coupon FREESHIP (minimum $30.00)');
    for (const failure of [unknown, expired, short]) {
      expect(failure.ok ? '' : failure.error.message).not.toMatch(/WELCOME10|SAVE5|VIP20|LAUNCH/);
    }
    const bad = await client.mutate('cart.applyCoupon', { code: "x'; --" });
    expect(bad.ok ? 'applied' : [bad.error.status, bad.error.fieldErrors?.map((error) => error.path)]).toEqual([400, ['code']]);
    expect((await cartOf(client.query<CartView>('cart.get'))).coupons).toEqual([]);
  });

  it('refuses an exclusive code next to another, and keeps a code that stops applying with its reason', async () => {
    const client = shop.browser();
    await add(client, 'CLASSIC-WHITE-TEE-M', 2);
    await cartOf(client.mutate<CartView>('cart.applyCoupon', { code: 'FREESHIP' }));
    const exclusive = await client.mutate('cart.applyCoupon', { code: 'VIP20' });
    expect(exclusive.ok ? '' : exclusive.error.message).toBe('Coupon VIP20 cannot be combined with FREESHIP');

    const smaller = await cartOf(client.mutate<CartView>('cart.setQuantity', { variantId: (await cartOf(client.query<CartView>('cart.get'))).lines[0]!.variantId, quantity: 1 }));
    expect(smaller.coupons).toEqual([
      expect.objectContaining({ code: 'FREESHIP', applied: false, rejection: expect.objectContaining({ type: 'minimum_not_met' }), message: expect.stringMatching(/^Add \$11\.00 more/) }),
    ]);
    expect(smaller.totals?.shippingDiscount.amount).toBe(0);
    const removed = await cartOf(client.mutate<CartView>('cart.removeCoupon', { code: 'freeship' }));
    expect(removed.coupons).toEqual([]);
  });

  it('asks for something in the cart before taking a code', async () => {
    const client = shop.browser();
    const result = await client.mutate('cart.applyCoupon', { code: 'WELCOME10' });
    expect(result.ok ? 'applied' : [result.error.status, result.error.reason]).toEqual([409, 'COUPON_NOT_APPLICABLE']);
  });
});
