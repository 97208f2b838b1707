import fc from 'fast-check';
import { eur, refusal, unwrap } from '../testing/checkout-fixtures';
import { validateCart } from './validate-cart';

const mug = { sku: 'MUG', quantity: 2, unitPrice: eur(1_299) };
const tee = { sku: 'TEE', quantity: 1, unitPrice: eur(2_000) };
const offers = [
  { sku: 'MUG', unitPrice: eur(1_299), available: 5 },
  { sku: 'TEE', unitPrice: eur(2_000), available: 1 },
];

describe('validateCart', () => {
  it('gives the total to authorise when prices and stock are as the shopper saw them', () => {
    expect(unwrap(validateCart([mug, tee], offers))).toEqual({ total: eur(4_598) });
  });

  it('refuses an empty cart', () => {
    expect(refusal(validateCart([], offers))).toEqual({ type: 'CartEmpty' });
  });

  it('lists every short line, and a SKU no longer offered as none left', () => {
    const error = refusal(validateCart([{ ...mug, quantity: 6 }, tee, { sku: 'GONE', quantity: 1, unitPrice: eur(100) }], offers));
    expect(error).toEqual({
      type: 'OutOfStock',
      lines: [
        { sku: 'MUG', requested: 6, available: 5 },
        { sku: 'GONE', requested: 1, available: 0 },
      ],
    });
  });

  it('stops on a price change with the old and new price, never charging the new one silently', () => {
    const error = refusal(validateCart([mug, tee], [{ ...offers[0]!, unitPrice: eur(1_499) }, offers[1]!]));
    expect(error).toEqual({ type: 'PriceChanged', lines: [{ sku: 'MUG', was: eur(1_299), now: eur(1_499) }] });
  });

  it('reports a shortage before a price change', () => {
    const error = refusal(validateCart([mug, { ...tee, quantity: 2 }], [{ ...offers[0]!, unitPrice: eur(1) }, offers[1]!]));
    expect(error.type).toBe('OutOfStock');
  });

  it('totals quantity × unit price over any cart that passes', () => {
    const lineArb = fc.record({ sku: fc.string({ minLength: 1, maxLength: 6 }), quantity: fc.integer({ min: 1, max: 50 }), amount: fc.integer({ min: 0, max: 100_000 }) });
    fc.assert(
      fc.property(fc.uniqueArray(lineArb, { selector: (l) => l.sku, minLength: 1, maxLength: 8 }), (lines) => {
        const seen = lines.map((l) => ({ sku: l.sku, quantity: l.quantity, unitPrice: eur(l.amount) }));
        const current = lines.map((l) => ({ sku: l.sku, unitPrice: eur(l.amount), available: l.quantity }));
        const expected = lines.reduce((sum, l) => sum + l.quantity * l.amount, 0);
        expect(unwrap(validateCart(seen, current)).total).toEqual(eur(expected));
      }),
    );
  });
});
