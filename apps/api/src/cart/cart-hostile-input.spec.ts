import type { CartView } from '@emporium/cart-api';
import { add, getCart, useCartShop, variant } from '../testing/cart-shop';

describe('bad input to the cart', () => {
  const shop = useCartShop();

  it.each([0, -1, 1.5, 'abc', 1e9, null])('refuses quantity %s with BAD_REQUEST naming the field, and leaves the cart as it was', async (quantity) => {
    const client = shop.browser();
    await add(client, 'CLASSIC-WHITE-TEE-M', 2);
    const before = await getCart(client);
    for (const [path, input] of [
      ['cart.add', { variantId: variant('CLASSIC-WHITE-TEE-M'), quantity }],
      ['cart.setQuantity', { variantId: variant('CLASSIC-WHITE-TEE-M'), quantity: quantity === 0 ? -1 : quantity }],
    ] as const) {
      const result = await client.mutate(path, input);
      expect(result.ok ? 'accepted' : [result.error.status, result.error.code, result.error.fieldErrors?.map((error) => error.path)]).toEqual([400, 'BAD_REQUEST', ['quantity']]);
    }
    expect(await getCart(client)).toEqual(before);
  });

  it('refuses more than 99 on one line, even in steps', async () => {
    const admin = shop.browser();
    await admin.ok(admin.mutate('user.auth.login', { email: 'admin@example.com', password: 'emporium-admin-demo' }));
    const locations = await admin.ok(admin.query<Array<{ id: string; code: string }>>('inventory.admin.locations.list'));
    const main = locations.find((location) => location.code === 'MAIN')!;
    await admin.ok(admin.mutate('inventory.admin.stock.adjust', { sku: 'WOOL-BEANIE', locationId: main.id, mode: 'set', quantity: 500, reason: 'received' }));
    const client = shop.browser();
    await add(client, 'WOOL-BEANIE', 60);
    const capped = await add(client, 'WOOL-BEANIE', 60);
    // Summing past the per-line maximum keeps the maximum and says so.
    expect(capped.lines[0]?.quantity).toBe(99);
    expect(capped.notices).toEqual([expect.objectContaining({ type: 'capped' })]);
  });

  it('answers an unknown variant with NOT_FOUND and an archived one with a clear refusal', async () => {
    const client = shop.browser();
    const unknown = await client.mutate('cart.add', { variantId: '00000000-0000-4000-8000-000000000000', quantity: 1 });
    expect(unknown.ok ? 'added' : [unknown.error.status, unknown.error.reason]).toEqual([404, 'VARIANT_NOT_FOUND']);
    const malformed = await client.mutate('cart.add', { variantId: "1; DROP TABLE cart.cart; --", quantity: 1 });
    expect(malformed.ok ? 'added' : [malformed.error.status, malformed.error.fieldErrors?.map((error) => error.path)]).toEqual([400, ['variantId']]);

    const admin = shop.browser();
    await admin.ok(admin.mutate('user.auth.login', { email: 'admin@example.com', password: 'emporium-admin-demo' }));
    await admin.ok(admin.mutate('catalog.admin.variants.setStatus', { id: variant('CLASSIC-WHITE-TEE-XL'), status: 'archived' }));
    const archived = await client.mutate('cart.add', { variantId: variant('CLASSIC-WHITE-TEE-XL'), quantity: 1 });
    expect(archived.ok ? 'added' : [archived.error.status, archived.error.reason, archived.error.message]).toEqual([409, 'VARIANT_NOT_PURCHASABLE', 'This item is no longer sold']);
    expect(client.cookies.has('emporium_cart')).toBe(false);
  });

  it('flags a line whose price changed or that went away, keeps charging what the shopper saw, and takes the new price only when accepted', async () => {
    const client = shop.browser();
    await add(client, 'CHINO-SHORTS-32', 1);
    await add(client, 'LEATHER-CARD-WALLET', 1);
    const admin = shop.browser();
    await admin.ok(admin.mutate('user.auth.login', { email: 'admin@example.com', password: 'emporium-admin-demo' }));
    await admin.ok(admin.mutate('catalog.admin.variants.setPrice', { variantId: variant('LEATHER-CARD-WALLET'), currency: 'USD', amount: 3900 }));
    await admin.ok(admin.mutate('catalog.admin.variants.setStatus', { id: variant('CHINO-SHORTS-32'), status: 'archived' }));

    const flagged = await getCart(client);
    expect(flagged.lines.map((line) => [line.sku, line.unitPrice.amount, line.flags])).toEqual([
      ['CHINO-SHORTS-32', 4500, [{ type: 'unavailable', reason: 'variant_archived' }]],
      ['LEATHER-CARD-WALLET', 3500, [{ type: 'price_changed', from: { amount: 3500, currency: 'USD' }, to: { amount: 3900, currency: 'USD' } }]],
    ]);
    expect(flagged.canCheckout).toBe(false);
    // The unavailable line is out of the totals; the changed one counts at the price the shopper saw until accepted.
    expect(flagged.totals?.subtotal.amount).toBe(3500);

    const accepted = await client.mutate<CartView>('cart.acceptPrices', { unitPrice: 1 });
    expect(accepted.ok && accepted.data.lines[1]?.unitPrice.amount).toBe(3900);
    const cleaned = await client.mutate<CartView>('cart.remove', { variantId: variant('CHINO-SHORTS-32') });
    expect(cleaned.ok && cleaned.data.canCheckout).toBe(true);
  });
});
