import { type CheckoutView, place, review, shopperWith, sql, useCheckoutShop } from '../testing/checkout-shop';
import { variant } from '../testing/cart-shop';

/**
 * What the checkout refuses, and that a refusal leaves nothing behind: a price that changed, a total that is not
 * the one reviewed, a declined card, someone else's cart or attempt, and input that cannot be right.
 */
describe('checkout refusals', () => {
  const shop = useCheckoutShop();
  const heldFor = (token: string) => shop.count(sql<{ n: number }>`SELECT count(*)::int AS n FROM inventory.reservation WHERE reference = ${token} AND status = 'active'`);
  const paymentsFor = (token: string) => shop.count(sql<{ n: number }>`SELECT count(*)::int AS n FROM payment.payment WHERE reference = ${token.slice(0, 120)} AND status NOT IN ('cancelled')`);
  const latestToken = async () => (await sql<{ token: string }>`SELECT token FROM storefront.checkout_attempt ORDER BY created_at DESC LIMIT 1`.execute(shop.api().database.db)).rows[0]?.token ?? '';

  it('stops at a price that changed since the shopper added the item, naming old and new price, and charges nothing', async () => {
    await shop.stock('CLASSIC-WHITE-TEE-M', 20);
    const client = await shopperWith(shop, 'CLASSIC-WHITE-TEE-M');
    const reviewed = await review(client);
    const staff = shop.staff();
    await staff.ok(staff.mutate('catalog.admin.variants.setPrice', { variantId: variant('CLASSIC-WHITE-TEE-M'), currency: 'USD', amount: 2100 }));
    const refused = await place(client, reviewed, { paymentMethod: 'tok_visa' });
    expect(refused.ok ? 'placed' : [refused.error.status, refused.error.reason, refused.error.message]).toEqual([
      409,
      'PRICE_CHANGED',
      'The price of CLASSIC-WHITE-TEE-M changed from 19.00 USD to 21.00 USD. Review the new total before you place the order; you have not been charged',
    ]);
    expect([await heldFor(await latestToken()), await paymentsFor(await latestToken())]).toEqual([0, 0]);
    await staff.ok(staff.mutate('catalog.admin.variants.setPrice', { variantId: variant('CLASSIC-WHITE-TEE-M'), currency: 'USD', amount: 1900 }));
  });

  it('ignores totals and prices a client sends, and refuses a reviewed total that is not the server total', async () => {
    await shop.stock('STONEWARE-MUG', 20);
    const client = await shopperWith(shop, 'STONEWARE-MUG');
    const reviewed = await review(client);
    const cheaper = { ...reviewed, totals: { ...reviewed.totals, total: { amount: 100, currency: 'USD' } } };
    const refused = await place(client, cheaper, { paymentMethod: 'tok_visa', total: { amount: 1, currency: 'USD' }, lines: [{ unitPrice: 1 }], status: 'completed' });
    expect(refused.ok ? 'placed' : [refused.error.status, refused.error.reason]).toEqual([409, 'TOTAL_CHANGED']);
    expect(refused.ok ? '' : refused.error.message).toContain(`from 1.00 USD to ${(reviewed.totals.total.amount / 100).toFixed(2)} USD`);

    const placed = await place(client, reviewed, { paymentMethod: 'tok_visa', total: { amount: 1, currency: 'USD' } });
    const view = placed.ok ? placed.data : null;
    expect(view?.status).toBe('placed');
    const order = (await sql<{ grand_total: string }>`SELECT grand_total FROM "order".orders WHERE id = ${view?.order?.id ?? ''}::uuid`.execute(shop.api().database.db)).rows[0];
    expect(Number(order?.grand_total)).toBe(reviewed.totals.total.amount);
  });

  it('refuses a declined card and lets go of the stock; the next try with another card is a new attempt that pays', async () => {
    await shop.stock('STONEWARE-MUG', 1);
    const client = await shopperWith(shop, 'STONEWARE-MUG');
    const reviewed = await review(client);
    const declined = await place(client, reviewed, { paymentMethod: 'tok_chargeDeclined' });
    expect(declined.ok ? 'placed' : [declined.error.status, declined.error.reason]).toEqual([409, 'CARD_DECLINED']);
    expect(await heldFor(await latestToken())).toBe(0);
    const paid = await place(client, reviewed, { paymentMethod: 'tok_visa' });
    expect(paid.ok ? [paid.data.status, paid.data.attemptToken.endsWith(':2')] : paid.error.message).toEqual(['placed', true]);
  });

  it('pays in the card form after placing: the saga waits, the shopper authorises, resuming places the order', async () => {
    await shop.stock('STONEWARE-MUG', 5);
    const client = await shopperWith(shop, 'STONEWARE-MUG');
    const reviewed = await review(client);
    const waiting = await client.ok(place(client, reviewed));
    expect(waiting).toMatchObject({ status: 'awaiting_payment', order: null, payment: { id: expect.any(String), clientSecret: expect.stringMatching(/^pay_secret_/) } });
    const keys = { attemptToken: waiting.attemptToken, accessToken: waiting.accessToken };
    // Resuming before paying changes nothing: still waiting.
    expect((await client.ok(client.mutate<CheckoutView>('storefront.checkout.resume', keys))).status).toBe('awaiting_payment');
    await client.ok(client.mutate('payment.authorize', { paymentId: waiting.payment?.id, clientSecret: waiting.payment?.clientSecret, paymentMethod: 'tok_visa' }));
    const placed = await client.ok(client.mutate<CheckoutView>('storefront.checkout.resume', keys));
    expect(placed).toMatchObject({ status: 'placed', order: { number: expect.stringMatching(/^\d+-\d$/) }, payment: { clientSecret: null } });

    // Nobody else reads the attempt: a wrong key is the same NOT_FOUND as no attempt at all.
    const stranger = shop.browser();
    for (const input of [{ ...keys, accessToken: 'x'.repeat(43) }, { attemptToken: 'checkout:nope:1:1', accessToken: keys.accessToken }]) {
      const answer = await stranger.query('storefront.checkout.status', input);
      expect(answer.ok ? 'shown' : [answer.error.status, answer.error.reason]).toEqual([404, 'CHECKOUT_NOT_FOUND']);
    }
  });

  it("cannot place someone else's cart, and says which fields are wrong without touching anything", async () => {
    const owner = await shopperWith(shop, 'STONEWARE-MUG');
    const reviewed = await review(owner);
    const cartId = (await owner.ok(owner.query<{ id: string }>('cart.get'))).id;
    const thief = shop.browser();
    const stolen = await place(thief, reviewed, { cartId, paymentMethod: 'tok_visa' });
    expect(stolen.ok ? 'placed' : stolen.error.status).toBe(404);

    const bad = await owner.mutate('storefront.checkout.place', {
      email: 'not-an-email',
      shippingAddress: { firstName: '', lastName: 'L', line1: 'x', city: 'y', countryCode: 'USA' },
      shippingOptionId: reviewed.shipping.optionId,
      reviewedTotal: { amount: 1.5, currency: 'USD' },
    });
    expect(bad.ok ? 'placed' : [bad.error.status, bad.error.fieldErrors?.map((error) => error.path).sort()]).toEqual([
      400,
      ['email', 'reviewedTotal.amount', 'shippingAddress.countryCode', 'shippingAddress.firstName', 'shippingAddress.postalCode'],
    ]);
    expect(await shop.count(sql<{ n: number }>`SELECT count(*)::int AS n FROM storefront.checkout_attempt WHERE cart_id = ${cartId}::uuid`)).toBe(0);
  });
});
