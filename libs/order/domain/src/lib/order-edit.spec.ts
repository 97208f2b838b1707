import { EUR, factsFor, handSnapshot, lineFacts } from '../testing/order-fixtures';
import { settleEdit } from './order-edit';

const eur = (amount: number) => ({ amount, currency: EUR });
// 2 × 10.00 and 1 × 5.00, no tax, no shipping: 25.00.
const before = handSnapshot([
  { lineId: 'a', unitPrice: 1000, quantity: 2 },
  { lineId: 'b', unitPrice: 500, quantity: 1 },
]);

describe('settleEdit', () => {
  it('takes a smaller total from the open authorisation: nothing to refund, nothing to authorise', () => {
    const after = handSnapshot([{ lineId: 'a', unitPrice: 1000, quantity: 2 }]);
    const result = settleEdit(before, after, factsFor(before));
    expect(result).toEqual({ ok: true, value: { difference: eur(-500), refund: eur(0), additionalAuthorization: eur(0), changes: [{ lineId: 'b', from: 1, to: 0 }] } });
  });

  it('refunds what was captured beyond the new total', () => {
    // captured 25.00, new total 15.00 (one unit of a removed, b stays): refund 10.00.
    const after = handSnapshot([
      { lineId: 'a', unitPrice: 1000, quantity: 1 },
      { lineId: 'b', unitPrice: 500, quantity: 1 },
    ]);
    const result = settleEdit(before, after, factsFor(before, 'placed', { captured: 2500 }));
    expect(result.ok && [result.value.refund, result.value.additionalAuthorization]).toEqual([eur(1000), eur(0)]);
  });

  it('asks for a new authorisation for what the open one cannot cover', () => {
    // authorised 25.00, new total 35.00: 10.00 more to authorise.
    const after = handSnapshot([
      { lineId: 'a', unitPrice: 1000, quantity: 3 },
      { lineId: 'b', unitPrice: 500, quantity: 1 },
    ]);
    const result = settleEdit(before, after, factsFor(before));
    expect(result.ok && result.value).toMatchObject({ difference: eur(1000), refund: eur(0), additionalAuthorization: eur(1000), changes: [{ lineId: 'a', from: 2, to: 3 }] });
  });

  it('asks for the whole increase again once the authorisation is closed', () => {
    // captured 25.00 and the authorisation closed: 5.00 more cannot be captured from it.
    const after = handSnapshot([
      { lineId: 'a', unitPrice: 1000, quantity: 2 },
      { lineId: 'b', unitPrice: 500, quantity: 2 },
    ]);
    const result = settleEdit(before, after, factsFor(before, 'placed', { authorized: 3000, captured: 2500, authorizationClosed: true }));
    expect(result.ok && result.value.additionalAuthorization).toEqual(eur(500));
  });

  it('lists added lines', () => {
    const after = handSnapshot([
      { lineId: 'a', unitPrice: 1000, quantity: 2 },
      { lineId: 'b', unitPrice: 500, quantity: 1 },
      { lineId: 'c', unitPrice: 100, quantity: 4 },
    ]);
    const result = settleEdit(before, after, factsFor(before, 'placed', { authorized: 5000 }));
    expect(result.ok && result.value).toMatchObject({ changes: [{ lineId: 'c', from: 0, to: 4 }], additionalAuthorization: eur(0) });
  });

  it('refuses an edit once anything is fulfilled', () => {
    const facts = { ...factsFor(before), lines: [lineFacts('a', 2, { fulfilled: 1 }), lineFacts('b', 1)] };
    expect(settleEdit(before, before, facts)).toEqual({ ok: false, error: { type: 'EditAfterFulfilment', fulfilledQuantity: 1 } });
  });

  it('refuses an edit of a cancelled order', () => {
    expect(settleEdit(before, before, { ...factsFor(before), cancelled: true })).toEqual({ ok: false, error: { type: 'OrderCancelled' } });
  });

  it('refuses a re-priced cart in another currency', () => {
    const usd = { ...before, currency: 'USD' as typeof EUR };
    expect(settleEdit(before, usd, factsFor(before))).toEqual({ ok: false, error: { type: 'CurrencyMismatch', expected: 'EUR', actual: 'USD' } });
  });
});
