import type { CartView } from '@emporium/cart-api';
import { COUPON_GUESS_POLICY } from '@emporium/cart-data-access';
import { add, cartOf, useCartShop } from '../testing/cart-shop';

describe('guessing coupon codes', () => {
  const shop = useCartShop();

  it('stops an address after 20 unknown codes, with Retry-After, while real codes that do not apply never count', async () => {
    const client = shop.browser();
    await add(client, 'CLASSIC-WHITE-TEE-M', 1);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const refused = await client.mutate('cart.applyCoupon', { code: 'SUMMER24' });
      expect(refused.ok ? 'applied' : refused.error.reason).toBe('COUPON_NOT_APPLICABLE');
    }
    for (let attempt = 0; attempt < COUPON_GUESS_POLICY.points; attempt += 1) {
      const unknown = await client.mutate('cart.applyCoupon', { code: `GUESS-${attempt}` });
      expect(unknown.ok ? 'applied' : unknown.error.reason).toBe('COUPON_NOT_FOUND');
    }
    const limited = await shop.browser().mutate('cart.applyCoupon', { code: 'WELCOME10' });
    expect(limited.ok ? 'applied' : [limited.error.status, limited.error.reason]).toEqual([429, 'COUPON_GUESSES_LIMITED']);
    expect(limited.ok ? null : Number(limited.error.headers.get('retry-after'))).toBeGreaterThan(0);
    // The cart itself keeps working.
    expect((await cartOf(client.query<CartView>('cart.get'))).itemCount).toBe(1);
  });
});
