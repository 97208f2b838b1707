import type { Discount } from '@emporium/pricing';
import { type CartSpec, detailsFor, EUR, priced } from '../testing/order-fixtures';
import { linePaid, shippingPaid, snapshotFromPricedCart } from './order-snapshot';

const eur = (amount: number) => ({ amount, currency: EUR });
const tenOff: Discount = { kind: 'percentage', basisPoints: 1000 };

const carts: readonly [string, CartSpec][] = [
  ['one plain line, tax on top', { lines: [{ id: 'a', unit: 1999, quantity: 2 }], shipping: 495 }],
  ['tax included in the prices', { mode: 'inclusive', lines: [{ id: 'a', unit: 1200, quantity: 3 }, { id: 'b', unit: 450, quantity: 1, taxClass: 'red' }], shipping: 390 }],
  ['a percentage coupon over mixed rates', { lines: [{ id: 'a', unit: 999, quantity: 3 }, { id: 'b', unit: 333, quantity: 7, taxClass: 'red' }], discounts: [tenOff], shipping: 500 }],
  ['free shipping and a fixed amount', { lines: [{ id: 'a', unit: 2500, quantity: 1 }, { id: 'b', unit: 100, quantity: 4, taxClass: 'zero' }], discounts: [{ kind: 'free_shipping' }, { kind: 'fixed_amount', amount: eur(700), per: 'order' }], shipping: 650 }],
  ['buy two get one free', { lines: [{ id: 'a', unit: 800, quantity: 3 }], discounts: [{ kind: 'buy_x_get_y', buy: 2, get: 1, basisPointsOff: 10_000 }] }],
];

describe('snapshotFromPricedCart', () => {
  it.each(carts)('copies the totals of the priced cart exactly: %s', (_name, spec) => {
    const cart = priced(spec);
    const result = snapshotFromPricedCart(cart, detailsFor(cart), { id: 'std', name: 'Standard' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const { totals, shipping } = result.value;
    expect(totals).toEqual({ subtotal: cart.subtotal, discountTotal: cart.discountTotal, shipping: cart.shipping, taxTotal: cart.taxTotal, total: cart.total });
    expect([shipping.charge, shipping.discount, shipping.tax]).toEqual([cart.shipping, cart.shippingDiscount, cart.shippingTax]);
    expect(result.value.taxes).toEqual(cart.taxes);
    // What the customer paid, line by line plus shipping, is the grand total.
    const paid = result.value.lines.reduce((sum, line) => sum + linePaid(line, cart.taxMode), 0) + shippingPaid(result.value);
    expect(paid).toBe(cart.total.amount);
  });

  it('records what was bought on each line: SKU, title, options, price, each discount and its tax', () => {
    const cart = priced(carts[2]![1]);
    const result = snapshotFromPricedCart(cart, detailsFor(cart), null);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const line = result.value.lines[0]!;
    expect(line).toMatchObject({ lineId: 'a', sku: 'SKU-a', title: 'Product a', options: [{ name: 'Size', value: 'M' }], quantity: 3, unitPrice: eur(999) });
    // 10 % of 29.97 → the allocation pricing made for this line.
    expect(line.discounts).toEqual([{ code: 'C1', kind: 'percentage', amount: cart.discounts[0]!.lines.find((part) => part.lineId === 'a')!.amount }]);
    expect(line.discounts.reduce((sum, part) => sum + part.amount.amount, 0)).toBe(line.discount.amount);
    expect(line.taxes).toEqual([{ basisPoints: 2000, taxableBase: line.total, tax: line.tax }]);
    expect(result.value.shipping.method).toBeNull();
  });

  it('puts the net base on the line tax when prices include tax', () => {
    const cart = priced(carts[1]![1]);
    const result = snapshotFromPricedCart(cart, detailsFor(cart), null);
    const line = result.ok ? result.value.lines[0]! : undefined;
    // 3 × 12.00 = 36.00 gross holds 6.00 tax at 20 %: the base is 30.00.
    expect(line?.taxes).toEqual([{ basisPoints: 2000, taxableBase: eur(3000), tax: eur(600) }]);
  });

  it('refuses a line the checkout gave no details for', () => {
    const cart = priced(carts[0]![1]);
    expect(snapshotFromPricedCart(cart, new Map(), null)).toEqual({ ok: false, error: { type: 'MissingLineDetails', lineId: 'a' } });
  });

  it('does not share option objects with the caller', () => {
    const cart = priced(carts[0]![1]);
    const details = detailsFor(cart);
    const result = snapshotFromPricedCart(cart, details, null);
    expect(result.ok && result.value.lines[0]!.options[0]).not.toBe(details.get('a')!.options[0]);
  });
});
