import { handSnapshot } from '../testing/order-fixtures';
import { returnRefund, type ShippingRefundRule, unitAmounts } from './return-amounts';

interface Scenario {
  readonly name: string;
  readonly snapshot: ReturnType<typeof handSnapshot>;
  readonly already?: readonly { lineId: string; quantity: number }[];
  readonly returning: readonly { lineId: string; quantity: number }[];
  readonly rule?: ShippingRefundRule;
  readonly expected: { readonly total: number; readonly tax: number; readonly shipping: number; readonly lines: readonly number[] };
}

const scenarios: Scenario[] = [
  {
    // 3 × 10.00, nothing off, no tax: one unit is 10.00.
    name: 'one unit of a plain line refunds its unit price',
    snapshot: handSnapshot([{ lineId: 'a', unitPrice: 1000, quantity: 3 }]),
    returning: [{ lineId: 'a', quantity: 1 }],
    expected: { total: 1000, tax: 0, shipping: 0, lines: [1000] },
  },
  {
    // 3 × 10.00 less 1.00 spread 34 / 33 / 33 (the odd cent on the first unit): the first unit back is 10.00 − 0.34.
    name: 'the first unit carries the odd cent of a discount',
    snapshot: handSnapshot([{ lineId: 'a', unitPrice: 1000, quantity: 3, discounts: [100] }]),
    returning: [{ lineId: 'a', quantity: 1 }],
    expected: { total: 966, tax: 0, shipping: 0, lines: [966] },
  },
  {
    // Same line, the first unit already back: units 2 and 3 are 967 + 967 = 1934; with 966 that is 2900 = 3000 − 100.
    name: 'later units refund what the earlier return left',
    snapshot: handSnapshot([{ lineId: 'a', unitPrice: 1000, quantity: 3, discounts: [100] }]),
    already: [{ lineId: 'a', quantity: 1 }],
    returning: [{ lineId: 'a', quantity: 2 }],
    rule: 'never',
    expected: { total: 1934, tax: 0, shipping: 0, lines: [1934] },
  },
  {
    // 3 × 9.99 net, tax 20 % of 29.97 = 5.994 → 5.99, spread by equal nets 200 / 200 / 199: one unit is 9.99 + 2.00.
    name: 'tax added on top is refunded with its unit share',
    snapshot: handSnapshot([{ lineId: 'a', unitPrice: 999, quantity: 3, tax: 599 }]),
    returning: [{ lineId: 'a', quantity: 1 }],
    expected: { total: 1199, tax: 200, shipping: 0, lines: [1199] },
  },
  {
    // 5.00 × 3 with 0.50 then 1.00 off: running totals 50 → 17/17/16, 150 → 50/50/50; each unit pays 4.50.
    name: 'two discounts on one line never take a unit below its share',
    snapshot: handSnapshot([{ lineId: 'a', unitPrice: 500, quantity: 3, discounts: [50, 100] }]),
    returning: [{ lineId: 'a', quantity: 1 }],
    expected: { total: 450, tax: 0, shipping: 0, lines: [450] },
  },
  {
    // Inclusive: 2 × 12.00 gross holds 24.00 × 20/120 = 4.00 tax; one unit refunds 12.00 with 2.00 tax inside it.
    name: 'tax included in the price is reported but not added',
    snapshot: handSnapshot([{ lineId: 'a', unitPrice: 1200, quantity: 2, tax: 400 }], { mode: 'inclusive' }),
    returning: [{ lineId: 'a', quantity: 1 }],
    expected: { total: 1200, tax: 200, shipping: 0, lines: [1200] },
  },
  {
    // 1 × 10.00 + 2.00 tax, shipping 5.00 + 1.00 tax: everything back refunds 12.00 + 6.00 = 18.00, the grand total.
    name: 'returning everything also refunds the shipping and its tax',
    snapshot: handSnapshot([{ lineId: 'a', unitPrice: 1000, quantity: 1, tax: 200 }], { shipping: { charge: 500, tax: 100 } }),
    returning: [{ lineId: 'a', quantity: 1 }],
    expected: { total: 1800, tax: 300, shipping: 600, lines: [1200] },
  },
  {
    // 2 × 10.00, shipping 5.00: one unit back is 10.00 and the parcel still travelled, so no shipping.
    name: 'a partial return keeps the shipping',
    snapshot: handSnapshot([{ lineId: 'a', unitPrice: 1000, quantity: 2 }], { shipping: { charge: 500 } }),
    returning: [{ lineId: 'a', quantity: 1 }],
    expected: { total: 1000, tax: 0, shipping: 0, lines: [1000] },
  },
  {
    // The second unit after the first: 10.00 + shipping 5.00, since now every unit is back.
    name: 'the return that completes the order brings the shipping back',
    snapshot: handSnapshot([{ lineId: 'a', unitPrice: 1000, quantity: 2 }], { shipping: { charge: 500 } }),
    already: [{ lineId: 'a', quantity: 1 }],
    returning: [{ lineId: 'a', quantity: 1 }],
    expected: { total: 1500, tax: 0, shipping: 500, lines: [1000] },
  },
  {
    // Rule `never`: everything back refunds only the line, 10.00 + 2.00.
    name: 'the never rule keeps the shipping even when everything comes back',
    snapshot: handSnapshot([{ lineId: 'a', unitPrice: 1000, quantity: 1, tax: 200 }], { shipping: { charge: 500, tax: 100 } }),
    returning: [{ lineId: 'a', quantity: 1 }],
    rule: 'never',
    expected: { total: 1200, tax: 200, shipping: 0, lines: [1200] },
  },
  {
    // Free shipping: 5.00 charge − 5.00 discount, tax on 0 is 0; nothing to give back for it.
    name: 'free shipping refunds nothing for shipping',
    snapshot: handSnapshot([{ lineId: 'a', unitPrice: 1000, quantity: 1 }], { shipping: { charge: 500, discount: 500 } }),
    returning: [{ lineId: 'a', quantity: 1 }],
    expected: { total: 1000, tax: 0, shipping: 0, lines: [1000] },
  },
  {
    // 2 × 3.00 entirely discounted (6.00 off): each unit pays 0, so a return refunds 0, never less.
    name: 'a free unit refunds nothing',
    snapshot: handSnapshot([{ lineId: 'a', unitPrice: 300, quantity: 2, discounts: [600] }]),
    returning: [{ lineId: 'a', quantity: 1 }],
    expected: { total: 0, tax: 0, shipping: 0, lines: [0] },
  },
  {
    // a: 2 × 10.00 less 0.01 (1 / 0 per unit) + tax 4.00 (200/200); b: 3 × 3.33 + tax 2.00 (67/67/66 by equal nets).
    // One of each: a → 999 + 200 = 1199, b → 333 + 67 = 400; total 1599.
    name: 'several lines in one return are summed',
    snapshot: handSnapshot([
      { lineId: 'a', unitPrice: 1000, quantity: 2, discounts: [1], tax: 400 },
      { lineId: 'b', unitPrice: 333, quantity: 3, tax: 200 },
    ]),
    returning: [
      { lineId: 'b', quantity: 1 },
      { lineId: 'a', quantity: 1 },
    ],
    expected: { total: 1599, tax: 267, shipping: 0, lines: [1199, 400] },
  },
];

describe('returnRefund — hand-worked', () => {
  it.each(scenarios)('$name', ({ snapshot, already = [], returning, rule, expected }) => {
    const result = returnRefund(snapshot, already, returning, rule);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.total.amount).toBe(expected.total);
    expect(result.value.tax.amount).toBe(expected.tax);
    expect(result.value.shipping.amount).toBe(expected.shipping);
    expect(result.value.lines.map((line) => line.amount.amount)).toEqual(expected.lines);
  });
});

describe('returnRefund — per discount', () => {
  it('gives back each discount share of the returned units', () => {
    // running totals 50 → 17/17/16 and 150 → 50/50/50: D1 gives 17, D2 gives 50 − 17 = 33 for the first unit.
    const snapshot = handSnapshot([{ lineId: 'a', unitPrice: 500, quantity: 3, discounts: [50, 100] }]);
    const result = returnRefund(snapshot, [], [{ lineId: 'a', quantity: 1 }]);
    expect(result.ok && result.value.lines[0]?.discounts.map((part) => [part.code, part.amount.amount])).toEqual([
      ['D1', 17],
      ['D2', 33],
    ]);
  });

  it('keeps every unit at or above zero when several discounts round the same way', () => {
    // 2 × 0.01, two discounts of 0.01: running 1 → 1/0, running 2 → 1/1; D2 goes to the second unit.
    const snapshot = handSnapshot([{ lineId: 'a', unitPrice: 1, quantity: 2, discounts: [1, 1] }]);
    expect(unitAmounts(snapshot.lines[0]!, 'exclusive')).toEqual([
      { net: 0, discounts: [1, 0], tax: 0, paid: 0 },
      { net: 0, discounts: [0, 1], tax: 0, paid: 0 },
    ]);
  });
});

describe('returnRefund — refusals', () => {
  const snapshot = handSnapshot([{ lineId: 'a', unitPrice: 1000, quantity: 3 }]);

  it('refuses returning more than was bought and not yet returned', () => {
    expect(returnRefund(snapshot, [{ lineId: 'a', quantity: 2 }], [{ lineId: 'a', quantity: 2 }])).toEqual({
      ok: false,
      error: { type: 'ReturnExceedsBought', lineId: 'a', requested: 2, returnable: 1 },
    });
  });

  it('counts a line named twice as one request', () => {
    const twice = [
      { lineId: 'a', quantity: 2 },
      { lineId: 'a', quantity: 2 },
    ];
    expect(returnRefund(snapshot, [], twice)).toMatchObject({ ok: false, error: { type: 'ReturnExceedsBought', requested: 4 } });
  });

  it('refuses a line the order does not have', () => {
    expect(returnRefund(snapshot, [], [{ lineId: 'zz', quantity: 1 }])).toEqual({ ok: false, error: { type: 'UnknownLine', lineId: 'zz' } });
  });

  it.each([0, -1, 1.5])('refuses a quantity of %s', (quantity) => {
    expect(returnRefund(snapshot, [], [{ lineId: 'a', quantity }])).toEqual({ ok: false, error: { type: 'InvalidQuantity', lineId: 'a', quantity } });
  });

  it('refuses an empty return', () => {
    expect(returnRefund(snapshot, [], [])).toEqual({ ok: false, error: { type: 'NothingToDo', action: 'refund' } });
  });
});
