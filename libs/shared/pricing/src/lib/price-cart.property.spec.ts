import type { CurrencyCode } from '@emporium/money';
import fc from 'fast-check';
import type { CartLine } from './cart-line';
import type { Coupon } from './coupon';
import type { Discount } from './discount';
import { priceCart } from './price-cart';
import type { PricedCart } from './priced-cart';
import type { AppliedCoupon, PricingInput } from './pricing-input';
import { taxOn, type TaxMode } from './tax';

const NOW = new Date('2026-06-15T12:00:00Z');
const CLASSES = ['std', 'red', 'zero'] as const;

const currencyArb = fc.constantFrom(...(['USD', 'EUR', 'JPY', 'KWD'] as CurrencyCode[]));

const linesArb = (currency: CurrencyCode) =>
  fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      unit: fc.integer({ min: 0, max: 100_000 }),
      quantity: fc.integer({ min: 1, max: 20 }),
      taxClass: fc.constantFrom(...CLASSES),
      categoryIds: fc.subarray(['c1', 'c2']),
    }),
    { selector: (line) => line.id, maxLength: 8 },
  ).map((lines) =>
    lines.map(({ id, unit, quantity, taxClass, categoryIds }): CartLine => ({ id, productId: `p-${id}`, categoryIds, unitPrice: { amount: unit, currency }, quantity, taxClass })),
  );

const discountArb = (currency: CurrencyCode): fc.Arbitrary<Discount> =>
  fc.oneof(
    fc.integer({ min: 0, max: 10_000 }).map((basisPoints): Discount => ({ kind: 'percentage', basisPoints })),
    fc.record({ amount: fc.integer({ min: 0, max: 200_000 }), per: fc.constantFrom('order' as const, 'unit' as const) }).map(
      ({ amount, per }): Discount => ({ kind: 'fixed_amount', amount: { amount, currency }, per }),
    ),
    fc.integer({ min: 0, max: 100_000 }).map((amount): Discount => ({ kind: 'fixed_price', unitPrice: { amount, currency } })),
    fc.record({ buy: fc.integer({ min: 1, max: 4 }), get: fc.integer({ min: 1, max: 3 }), basisPointsOff: fc.integer({ min: 1, max: 10_000 }) }).map(
      (bxgy): Discount => ({ kind: 'buy_x_get_y', ...bxgy }),
    ),
    fc.constant<Discount>({ kind: 'free_shipping' }),
  );

const couponsArb = (currency: CurrencyCode) =>
  fc.uniqueArray(
    fc.record({
      code: fc.constantFrom('A', 'B', 'C', 'D', 'E'),
      discount: discountArb(currency),
      combinable: fc.constantFrom('stackable' as const, 'exclusive' as const),
      restrictTo: fc.option(fc.constantFrom('c1', 'c2'), { nil: undefined }),
      minimum: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
    }),
    { selector: (coupon) => coupon.code, maxLength: 4 },
  ).map((coupons) =>
    coupons.map(({ code, discount, combinable, restrictTo, minimum }): AppliedCoupon => ({
      coupon: {
        code,
        discount,
        combinable,
        ...(restrictTo ? { eligibility: { categoryIds: [restrictTo] } } : {}),
        ...(minimum === undefined ? {} : { minimumSubtotal: { amount: minimum, currency } }),
      },
      usage: { total: 0, byCustomer: 0 },
    })),
  );

const inputArb: fc.Arbitrary<PricingInput> = currencyArb.chain((currency) =>
  fc.record({
    currency: fc.constant(currency),
    lines: linesArb(currency),
    shipping: fc.option(
      fc.record({ amount: fc.integer({ min: 0, max: 5_000 }).map((amount) => ({ amount, currency })), taxClass: fc.constantFrom(...CLASSES) }),
      { nil: undefined },
    ),
    coupons: couponsArb(currency),
    tax: fc.record({
      mode: fc.constantFrom<TaxMode>('inclusive', 'exclusive'),
      destination: fc.constant({ country: 'XX' }),
      rates: fc.tuple(fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: 0, max: 1_500 })).map(([std, red]) => [
        { country: 'XX', taxClass: 'std', basisPoints: std },
        { country: 'XX', taxClass: 'red', basisPoints: red },
        { country: 'XX', taxClass: 'zero', basisPoints: 0 },
      ]),
      rounding: fc.constantFrom('half-up' as const, 'half-even' as const),
    }),
    now: fc.constant(NOW),
  }),
);

function price(input: PricingInput): PricedCart {
  const result = priceCart(input);
  if (!result.ok) throw new Error(`not priced: ${JSON.stringify(result.error)}`);
  return result.value;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Everything but the order lines and allocations are listed in. */
function totalsOf(cart: PricedCart) {
  const byId = <T extends { readonly id?: string; readonly lineId?: string }>(items: readonly T[]) =>
    [...items].sort((a, b) => ((a.id ?? a.lineId ?? '') < (b.id ?? b.lineId ?? '') ? -1 : 1));
  return {
    ...cart,
    lines: byId(cart.lines),
    discounts: cart.discounts.map((discount) => ({ ...discount, lines: byId(discount.lines) })),
  };
}

describe('priceCart properties', () => {
  it('splits every discount exactly over its lines and shipping, no part negative or above its line', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const cart = price(input);
        for (const discount of cart.discounts) {
          expect(sum(discount.lines.map((part) => part.amount.amount)) + discount.shipping.amount).toBe(discount.amount.amount);
          for (const part of discount.lines) {
            const line = cart.lines.find((l) => l.id === part.lineId)!;
            expect(part.amount.amount).toBeGreaterThanOrEqual(0);
            expect(part.amount.amount).toBeLessThanOrEqual(line.subtotal.amount);
          }
        }
        for (const line of cart.lines) {
          const parts = cart.discounts.flatMap((d) => d.lines.filter((part) => part.lineId === line.id).map((part) => part.amount.amount));
          expect(sum(parts)).toBe(line.discount.amount);
          expect(line.total.amount).toBe(line.subtotal.amount - line.discount.amount);
        }
        expect(cart.discountTotal.amount).toBe(sum(cart.discounts.map((d) => d.amount.amount)));
        expect(cart.shippingDiscount.amount).toBe(sum(cart.discounts.map((d) => d.shipping.amount)));
      }),
    );
  });

  it('never gives a negative amount anywhere', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const cart = price(input);
        const amounts = [
          cart.subtotal,
          cart.discountTotal,
          cart.shipping,
          cart.shippingDiscount,
          cart.shippingTax,
          cart.taxTotal,
          cart.total,
          ...cart.lines.flatMap((l) => [l.subtotal, l.discount, l.total, l.tax]),
          ...cart.taxes.flatMap((t) => [t.taxableBase, t.tax]),
        ];
        for (const amount of amounts) {
          expect(Number.isSafeInteger(amount.amount) && amount.amount >= 0).toBe(true);
          expect(amount.currency).toBe(input.currency);
        }
      }),
    );
  });

  it('keeps the documented total, and the breakdown agrees with the lines', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const cart = price(input);
        const tax = input.tax.mode === 'exclusive' ? cart.taxTotal.amount : 0;
        expect(cart.total.amount).toBe(cart.subtotal.amount - cart.discountTotal.amount + cart.shipping.amount + tax);
        expect(sum(cart.taxes.map((t) => t.tax.amount))).toBe(cart.taxTotal.amount);
        expect(sum(cart.lines.map((l) => l.tax.amount)) + cart.shippingTax.amount).toBe(cart.taxTotal.amount);
      }),
    );
  });

  it('changes nothing without a promotion: total = subtotal + shipping + tax on the undiscounted amounts', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plain = price({ ...input, coupons: [] });
        const rateOf = (taxClass: string) => input.tax.rates.find((rate) => rate.taxClass === taxClass)!.basisPoints;
        const rounding = input.tax.rounding ?? 'half-up';
        const lineTaxes = input.lines.map((line) => taxOn(line.unitPrice.amount * line.quantity, rateOf(line.taxClass), input.tax.mode, rounding));
        const shippingTax = input.shipping ? taxOn(input.shipping.amount.amount, rateOf(input.shipping.taxClass), input.tax.mode, rounding) : 0;
        const subtotal = sum(input.lines.map((line) => line.unitPrice.amount * line.quantity));
        const shipping = input.shipping?.amount.amount ?? 0;
        expect(plain.discounts).toEqual([]);
        expect(plain.subtotal.amount).toBe(subtotal);
        expect(plain.taxTotal.amount).toBe(sum(lineTaxes) + shippingTax);
        expect(plain.total.amount).toBe(subtotal + shipping + (input.tax.mode === 'exclusive' ? sum(lineTaxes) + shippingTax : 0));
        // coupons that do not apply (here: expired) change nothing either
        const expired = (input.coupons ?? []).map((applied) => ({ ...applied, coupon: { ...applied.coupon, endsAt: NOW } satisfies Coupon }));
        expect({ ...price({ ...input, coupons: expired }), rejectedCoupons: [] }).toEqual(plain);
      }),
    );
  });

  it('gives the same totals whatever the order of the lines', () => {
    fc.assert(
      fc.property(
        inputArb.chain((input) => fc.tuple(fc.constant(input), fc.shuffledSubarray([...input.lines], { minLength: input.lines.length }))),
        ([input, shuffled]) => {
          expect(totalsOf(price({ ...input, lines: shuffled }))).toEqual(totalsOf(price(input)));
        },
      ),
    );
  });

  it('charges exactly the entered prices minus discounts plus shipping when prices include tax', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const cart = price({ ...input, tax: { ...input.tax, mode: 'inclusive' } });
        const entered = sum(input.lines.map((line) => line.unitPrice.amount * line.quantity));
        expect(cart.total.amount).toBe(entered - cart.discountTotal.amount + (input.shipping?.amount.amount ?? 0));
        expect(cart.total.amount).toBe(sum(cart.lines.map((l) => l.total.amount)) + cart.shipping.amount - cart.shippingDiscount.amount);
        // the net bases and the tax make up the total
        expect(sum(cart.taxes.map((t) => t.taxableBase.amount + t.tax.amount))).toBe(cart.total.amount);
      }),
    );
  });
});
