import fc from 'fast-check';
import { EUR, T0, USD, variant } from '../testing/fixtures';
import { acceptPrices } from './accept-prices';
import { addToCart } from './add-to-cart';
import { type Cart, emptyCart } from './cart';
import type { CartResult } from './cart-error';
import { cartRules, type CartRules } from './cart-rules';
import { clearCart, removeLine, setLineQuantity } from './edit-lines';
import { mergeCarts } from './merge-carts';

/** Few variants and small limits, so sequences hit the caps, the line limit and repeated variants often. */
const VARIANTS = ['a', 'b', 'c', 'd', 'e', 'f'];
const variantId = fc.constantFrom(...VARIANTS);
const rulesArb = fc.record({ maxQuantityPerLine: fc.integer({ min: 1, max: 10 }), maxLines: fc.integer({ min: 1, max: 5 }) }).map(cartRules);
const moment = fc.integer({ min: 0, max: 5 }).map((day) => new Date(T0.getTime() + day * 86_400_000));

type Operation =
  | { readonly kind: 'add'; readonly variantId: string; readonly quantity: number; readonly amount: number; readonly archived: boolean; readonly foreign: boolean; readonly now: Date }
  | { readonly kind: 'set'; readonly variantId: string; readonly quantity: number }
  | { readonly kind: 'remove'; readonly variantId: string }
  | { readonly kind: 'clear' }
  | { readonly kind: 'accept'; readonly variantId: string; readonly amount: number; readonly now: Date };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      variantId,
      quantity: fc.integer({ min: -2, max: 12 }),
      amount: fc.integer({ min: 0, max: 3000 }),
      archived: fc.integer({ min: 0, max: 9 }).map((roll) => roll === 0),
      foreign: fc.integer({ min: 0, max: 9 }).map((roll) => roll === 0),
      now: moment,
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('set' as const), variantId, quantity: fc.integer({ min: -2, max: 12 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), variantId }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('clear' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('accept' as const), variantId, amount: fc.integer({ min: 0, max: 3000 }), now: moment }) },
);

function apply(cart: Cart, op: Operation, rules: CartRules): CartResult {
  switch (op.kind) {
    case 'add': {
      const currency = op.foreign ? (cart.currency === USD ? EUR : USD) : cart.currency;
      const facts = variant(op.variantId, { price: { amount: op.amount, currency }, variantStatus: op.archived ? 'archived' : 'active' });
      return addToCart(cart, { variant: facts, quantity: op.quantity, now: op.now }, rules);
    }
    case 'set':
      return setLineQuantity(cart, op.variantId, op.quantity, rules);
    case 'remove':
      return removeLine(cart, op.variantId);
    case 'clear':
      return clearCart(cart);
    case 'accept':
      return acceptPrices(cart, [{ variantId: op.variantId, price: { amount: op.amount, currency: cart.currency } }], op.now);
  }
}

function run(start: Cart, ops: readonly Operation[], rules: CartRules): Cart {
  return ops.reduce((cart, op) => {
    const result = apply(cart, op, rules);
    return result.ok ? result.cart : cart;
  }, start);
}

/** A cart any sequence of operations could have built, under the given rules. */
const cartUnder = (rules: CartRules, currency = USD): fc.Arbitrary<Cart> =>
  fc.array(operation, { maxLength: 25 }).map((ops) => run(emptyCart(currency), ops, rules));

/** Carts and rules together, so each cart is valid under the rules it is checked against. */
const twoCarts = rulesArb.chain((rules) => fc.tuple(fc.constant(rules), cartUnder(rules), cartUnder(rules)));

function expectWithinRules(cart: Cart, rules: CartRules): void {
  expect(cart.lines.length).toBeLessThanOrEqual(rules.maxLines);
  for (const line of cart.lines) {
    expect(Number.isInteger(line.quantity)).toBe(true);
    expect(line.quantity).toBeGreaterThanOrEqual(1);
    expect(line.quantity).toBeLessThanOrEqual(rules.maxQuantityPerLine);
    expect(line.unitPrice.currency).toBe(cart.currency);
  }
  expect(new Set(cart.lines.map((line) => line.variantId)).size).toBe(cart.lines.length);
}

const quantities = (cart: Cart): Record<string, number> => Object.fromEntries(cart.lines.map((line) => [line.variantId, line.quantity]));

describe('cart invariants', () => {
  it('never holds a line with a quantity of 0 or less, or breaks a limit, after any sequence of operations', () => {
    fc.assert(
      fc.property(rulesArb, fc.array(operation, { maxLength: 40 }), (rules, ops) => {
        let cart = emptyCart(USD);
        for (const op of ops) {
          const result = apply(cart, op, rules);
          if (result.ok) cart = result.cart;
          expectWithinRules(cart, rules);
        }
      }),
    );
  });

  it('keeps every rule through merges mixed into the sequence', () => {
    fc.assert(
      fc.property(twoCarts, fc.array(operation, { maxLength: 10 }), moment, ([rules, customer, guest], ops, now) => {
        const merged = mergeCarts({ customer, guest, now }, rules).cart;
        expectWithinRules(merged, rules);
        expectWithinRules(run(merged, ops, rules), rules);
      }),
    );
  });

  it('restores the previous cart when a new variant is added and then removed', () => {
    fc.assert(
      fc.property(
        rulesArb.chain((rules) => fc.tuple(fc.constant(rules), cartUnder(rules))),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 3000 }),
        moment,
        ([rules, cart], quantity, amount, now) => {
          const added = addToCart(cart, { variant: variant('new', { price: { amount, currency: USD } }), quantity, now }, rules);
          if (!added.ok) {
            // Only a full cart or a quantity above this shop's maximum refuses a purchasable new variant.
            expect(cart.lines.length === rules.maxLines || quantity > rules.maxQuantityPerLine).toBe(true);
            return;
          }
          const removed = removeLine(added.cart, 'new');
          expect(removed.ok && removed.cart).toEqual(cart);
        },
      ),
    );
  });

  it('leaves the cart as it was whenever an operation is refused', () => {
    fc.assert(
      fc.property(rulesArb.chain((rules) => fc.tuple(fc.constant(rules), cartUnder(rules))), operation, ([rules, cart], op) => {
        const before = structuredClone(cart);
        apply(cart, op, rules);
        expect(cart).toEqual(before);
      }),
    );
  });
});

describe('merge invariants', () => {
  it("gives each variant the same quantity whichever cart is the customer's, up to the per-line cap", () => {
    fc.assert(
      fc.property(twoCarts, moment, ([rules, a, b], now) => {
        const variants = new Set([...a.lines, ...b.lines].map((line) => line.variantId));
        fc.pre(variants.size <= rules.maxLines);
        const ab = quantities(mergeCarts({ customer: a, guest: b, now }, rules).cart);
        const ba = quantities(mergeCarts({ customer: b, guest: a, now }, rules).cart);
        expect(ab).toEqual(ba);
        const qa = quantities(a);
        const qb = quantities(b);
        for (const id of variants) expect(ab[id]).toBe(Math.min((qa[id] ?? 0) + (qb[id] ?? 0), rules.maxQuantityPerLine));
      }),
    );
  });

  it('never exceeds the per-line or line-count limits, and accounts for every guest line', () => {
    fc.assert(
      fc.property(twoCarts, moment, ([rules, customer, guest], now) => {
        const { cart, notices } = mergeCarts({ customer, guest, now }, rules);
        expectWithinRules(cart, rules);
        const notMerged = new Set(notices.flatMap((notice) => (notice.type === 'not_merged' ? [notice.variantId] : [])));
        for (const line of guest.lines) {
          expect(cart.lines.some((merged) => merged.variantId === line.variantId) !== notMerged.has(line.variantId)).toBe(true);
        }
        for (const line of customer.lines) expect(cart.lines.some((merged) => merged.variantId === line.variantId)).toBe(true);
      }),
    );
  });

  it('reports every cap it applies', () => {
    fc.assert(
      fc.property(twoCarts, moment, ([rules, customer, guest], now) => {
        const { cart, notices } = mergeCarts({ customer, guest, now }, rules);
        const qc = quantities(customer);
        const qg = quantities(guest);
        for (const line of cart.lines) {
          const requested = (qc[line.variantId] ?? 0) + (qg[line.variantId] ?? 0);
          const capped = notices.some((notice) => notice.type === 'capped' && notice.variantId === line.variantId);
          expect(capped).toBe(requested > line.quantity);
        }
      }),
    );
  });

  it("keeps the limits when a guest cart in another currency is re-priced into the customer's", () => {
    fc.assert(
      fc.property(
        rulesArb.chain((rules) => fc.tuple(fc.constant(rules), cartUnder(rules, USD), cartUnder(rules, EUR))),
        fc.subarray(VARIANTS),
        moment,
        ([rules, customer, guest], priced, now) => {
          const prices = priced.map((id) => ({ variantId: id, price: { amount: 500, currency: customer.lines.length > 0 ? USD : EUR } }));
          const { cart } = mergeCarts({ customer, guest, prices, now }, rules);
          expectWithinRules(cart, rules);
        },
      ),
    );
  });
});
