import type { CurrencyCode } from '@emporium/money';
import type { CartLine } from './cart-line';
import type { Coupon } from './coupon';
import { priceCart } from './price-cart';
import type { PricingInput } from './pricing-input';

const USD = 'USD' as CurrencyCode;
const EUR = 'EUR' as CurrencyCode;
const usd = (amount: number) => ({ amount, currency: USD });
const now = new Date('2026-06-15T12:00:00Z');
const line = (id: string, unit: number, quantity = 1, extra: Partial<CartLine> = {}): CartLine => ({
  id,
  productId: `p-${id}`,
  unitPrice: usd(unit),
  quantity,
  taxClass: 'standard',
  ...extra,
});
const applied = (coupon: Partial<Coupon> & Pick<Coupon, 'code' | 'discount'>) => ({
  coupon: { combinable: 'stackable' as const, ...coupon },
  usage: { total: 0, byCustomer: 0 },
});
const input = (overrides: Partial<PricingInput> = {}): PricingInput => ({
  currency: USD,
  lines: [line('a', 1000, 2), line('b', 500)],
  tax: { mode: 'exclusive', destination: { country: 'US' }, rates: [{ country: 'US', taxClass: 'standard', basisPoints: 1000 }] },
  now,
  ...overrides,
});
const priced = (overrides: Partial<PricingInput> = {}) => {
  const result = priceCart(input(overrides));
  if (!result.ok) throw new Error(`expected a priced cart, got ${JSON.stringify(result.error)}`);
  return result.value;
};

describe('priceCart', () => {
  it('prices lines as unit price × quantity and adds tax on top when exclusive', () => {
    const cart = priced({ shipping: { amount: usd(700), taxClass: 'standard' } });
    // 2 × 1000 + 500 = 2500; tax 10 % of 2000, 500, 700 = 200 + 50 + 70 = 320; total 2500 + 700 + 320 = 3520
    expect(cart.subtotal).toEqual(usd(2500));
    expect(cart.lines.map((l) => [l.id, l.subtotal.amount, l.tax.amount])).toEqual([['a', 2000, 200], ['b', 500, 50]]);
    expect(cart.shippingTax).toEqual(usd(70));
    expect(cart.taxes).toEqual([{ basisPoints: 1000, taxableBase: usd(3200), tax: usd(320) }]);
    expect(cart.total).toEqual(usd(3520));
  });

  it('applies fixed price, then buy X get Y, then percentage, then fixed amount, then free shipping, whatever order the coupons came in', () => {
    const cart = priced({
      lines: [line('a', 1000, 3)],
      shipping: { amount: usd(500), taxClass: 'standard' },
      coupons: [
        applied({ code: 'SHIP', discount: { kind: 'free_shipping' } }),
        applied({ code: 'FIVE', discount: { kind: 'fixed_amount', amount: usd(100), per: 'order' } }),
        applied({ code: 'TEN', discount: { kind: 'percentage', basisPoints: 1000 } }),
        applied({ code: 'B2G1', discount: { kind: 'buy_x_get_y', buy: 2, get: 1, basisPointsOff: 10_000 } }),
        applied({ code: 'EIGHT', discount: { kind: 'fixed_price', unitPrice: usd(800) } }),
      ],
    });
    // 3000 → fixed price 3 × 800 = 2400 (−600) → B2G1 one unit of 800 free (−800) = 1600 → 10 % (−160) = 1440
    // → 100 off = 1340; shipping 500 → 0. Tax 10 % of 1340 = 134; total 1340 + 134 = 1474
    expect(cart.discounts.map((d) => [d.code, d.amount.amount])).toEqual([
      ['EIGHT', 600],
      ['B2G1', 800],
      ['TEN', 160],
      ['FIVE', 100],
      ['SHIP', 500],
    ]);
    expect(cart.discountTotal).toEqual(usd(2160));
    expect(cart.total).toEqual(usd(1474));
  });

  it('applies coupons of one kind in the order they were applied, each on what the last left', () => {
    const cart = priced({
      lines: [line('a', 1000)],
      coupons: [applied({ code: 'TEN', discount: { kind: 'percentage', basisPoints: 1000 } }), applied({ code: 'TWENTY', discount: { kind: 'percentage', basisPoints: 2000 } })],
    });
    // 1000 − 10 % = 900, − 20 % of 900 = 720 (28 % in all, not 30 %)
    expect(cart.discounts.map((d) => d.amount.amount)).toEqual([100, 180]);
  });

  it('allocates each discount over its eligible lines, in cart order, summing to the discount', () => {
    const cart = priced({
      lines: [line('b', 333), line('a', 333), line('c', 334)],
      coupons: [applied({ code: 'TEN', discount: { kind: 'fixed_amount', amount: usd(100), per: 'order' } })],
    });
    // 100 over 333, 333, 334 (worked in id order a, b, c): 33.3, 33.3, 33.4 → 33, 33, 34
    expect(cart.discounts[0]?.lines).toEqual([
      { lineId: 'b', amount: usd(33) },
      { lineId: 'a', amount: usd(33) },
      { lineId: 'c', amount: usd(34) },
    ]);
  });

  it('lists refused coupons with their reason and prices without them', () => {
    const cart = priced({
      coupons: [
        applied({ code: 'OLD', discount: { kind: 'percentage', basisPoints: 5000 }, endsAt: new Date('2026-01-01T00:00:00Z') }),
        applied({ code: 'ONLY', discount: { kind: 'percentage', basisPoints: 1000 }, combinable: 'exclusive' }),
        applied({ code: 'MORE', discount: { kind: 'fixed_amount', amount: usd(100), per: 'order' } }),
      ],
    });
    expect(cart.discounts.map((d) => d.code)).toEqual(['ONLY']);
    expect(cart.rejectedCoupons).toEqual([
      { code: 'OLD', reason: { type: 'expired', endsAt: new Date('2026-01-01T00:00:00Z') } },
      { code: 'MORE', reason: { type: 'not_combinable', conflictsWith: 'ONLY' } },
    ]);
  });

  it('takes a fixed amount off each eligible unit only', () => {
    const cart = priced({
      lines: [line('a', 1000, 2, { categoryIds: ['tops'] }), line('b', 500)],
      coupons: [applied({ code: 'TOPS', discount: { kind: 'fixed_amount', amount: usd(150), per: 'unit' }, eligibility: { categoryIds: ['tops'] } })],
    });
    expect(cart.discounts[0]?.lines).toEqual([{ lineId: 'a', amount: usd(300) }]);
    expect(cart.lines.map((l) => l.total.amount)).toEqual([1700, 500]);
  });

  it('never takes a line, the shipping or the total below zero', () => {
    const cart = priced({
      shipping: { amount: usd(500), taxClass: 'standard' },
      coupons: [
        applied({ code: 'BIG', discount: { kind: 'fixed_amount', amount: usd(1_000_000), per: 'order' } }),
        applied({ code: 'SHIP', discount: { kind: 'free_shipping' } }),
      ],
    });
    expect(cart.lines.map((l) => l.total.amount)).toEqual([0, 0]);
    expect(cart.discounts[0]?.amount).toEqual(usd(2500));
    expect(cart.total).toEqual(usd(0));
  });

  it('extracts tax from entered prices when inclusive, so the total is what was entered', () => {
    const cart = priced({
      currency: EUR,
      lines: [{ id: 'a', productId: 'p', unitPrice: { amount: 1190, currency: EUR }, quantity: 1, taxClass: 'standard' }],
      tax: { mode: 'inclusive', destination: { country: 'DE' }, rates: [{ country: 'DE', taxClass: 'standard', basisPoints: 1900 }] },
    });
    expect(cart.taxes).toEqual([{ basisPoints: 1900, taxableBase: { amount: 1000, currency: EUR }, tax: { amount: 190, currency: EUR } }]);
    expect(cart.total).toEqual({ amount: 1190, currency: EUR });
  });

  describe('refuses bad input', () => {
    it('a line in another currency', () => {
      expect(priceCart(input({ lines: [line('a', 100, 1, { unitPrice: { amount: 100, currency: EUR } })] }))).toEqual({
        ok: false,
        error: { type: 'CurrencyMismatch', at: 'line:a', expected: USD, actual: EUR },
      });
    });

    it('a fraction of a cent, a fractional or zero quantity, a repeated line id', () => {
      expect(priceCart(input({ lines: [line('a', 10.5)] }))).toMatchObject({ ok: false, error: { type: 'InvalidAmount', at: 'line:a' } });
      expect(priceCart(input({ lines: [line('a', 10, 1.5)] }))).toMatchObject({ ok: false, error: { type: 'InvalidQuantity', lineId: 'a' } });
      expect(priceCart(input({ lines: [line('a', 10, 0)] }))).toMatchObject({ ok: false, error: { type: 'InvalidQuantity', lineId: 'a' } });
      expect(priceCart(input({ lines: [line('a', 10), line('a', 20)] }))).toEqual({ ok: false, error: { type: 'DuplicateLineId', lineId: 'a' } });
    });

    it('a class with no rate at the destination', () => {
      expect(priceCart(input({ shipping: { amount: usd(100), taxClass: 'shipping' } }))).toEqual({
        ok: false,
        error: { type: 'NoTaxRate', taxClass: 'shipping', destination: { country: 'US' } },
      });
    });

    it('a coupon over 100 %, a BXGY with nothing to buy, a coupon applied twice, a fixed amount in another currency', () => {
      const percent = applied({ code: 'P', discount: { kind: 'percentage', basisPoints: 10_001 } });
      expect(priceCart(input({ coupons: [percent] }))).toEqual({ ok: false, error: { type: 'InvalidCoupon', code: 'P', field: 'basisPoints', value: 10_001 } });
      const bxgy = applied({ code: 'B', discount: { kind: 'buy_x_get_y', buy: 0, get: 1, basisPointsOff: 10_000 } });
      expect(priceCart(input({ coupons: [bxgy] }))).toEqual({ ok: false, error: { type: 'InvalidCoupon', code: 'B', field: 'buy', value: 0 } });
      const ten = applied({ code: 'T', discount: { kind: 'percentage', basisPoints: 1000 } });
      expect(priceCart(input({ coupons: [ten, ten] }))).toEqual({ ok: false, error: { type: 'DuplicateCoupon', code: 'T' } });
      const euros = applied({ code: 'E', discount: { kind: 'fixed_amount', amount: { amount: 100, currency: EUR }, per: 'order' } });
      expect(priceCart(input({ coupons: [euros] }))).toMatchObject({ ok: false, error: { type: 'CurrencyMismatch', at: 'coupon:E' } });
    });
  });
});
