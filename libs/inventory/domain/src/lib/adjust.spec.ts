import { ADJUSTMENT_REASONS, planAdjustment } from './adjust';

const level = { sku: 'TEE-S', locationId: 'L1', onHand: 10, reserved: 3 };

describe('planAdjustment', () => {
  it('sets on hand to a counted figure, zero included', () => {
    expect(planAdjustment(level, { mode: 'set', quantity: 25 })).toEqual({ ok: true, value: { onHandDelta: 15, onHand: 25 } });
    expect(planAdjustment({ ...level, reserved: 0 }, { mode: 'set', quantity: 0 })).toEqual({ ok: true, value: { onHandDelta: -10, onHand: 0 } });
  });

  it('adds and removes units', () => {
    expect(planAdjustment(level, { mode: 'add', quantity: 5 })).toEqual({ ok: true, value: { onHandDelta: 5, onHand: 15 } });
    expect(planAdjustment(level, { mode: 'remove', quantity: 7 })).toEqual({ ok: true, value: { onHandDelta: -7, onHand: 3 } });
  });

  it('accepts a change of nothing', () => {
    expect(planAdjustment(level, { mode: 'set', quantity: 10 })).toEqual({ ok: true, value: { onHandDelta: 0, onHand: 10 } });
    expect(planAdjustment(level, { mode: 'add', quantity: 0 })).toEqual({ ok: true, value: { onHandDelta: 0, onHand: 10 } });
    expect(planAdjustment(level, { mode: 'remove', quantity: 0 })).toEqual({ ok: true, value: { onHandDelta: 0, onHand: 10 } });
  });

  it('refuses to make on hand negative, with the signed change', () => {
    expect(planAdjustment({ ...level, onHand: 4, reserved: 0 }, { mode: 'remove', quantity: 6 })).toEqual({
      ok: false,
      error: { type: 'NegativeOnHand', sku: 'TEE-S', locationId: 'L1', onHand: 4, change: -6 },
    });
  });

  it('refuses to take on hand below what is reserved for open checkouts', () => {
    expect(planAdjustment({ ...level, onHand: 15, reserved: 12 }, { mode: 'set', quantity: 10 })).toEqual({
      ok: false,
      error: { type: 'BelowReserved', sku: 'TEE-S', locationId: 'L1', onHand: 15, reserved: 12, newOnHand: 10 },
    });
    expect(planAdjustment(level, { mode: 'remove', quantity: 8 })).toMatchObject({ ok: false, error: { type: 'BelowReserved', newOnHand: 2 } });
  });

  it('lets on hand fall exactly to what is reserved', () => {
    expect(planAdjustment(level, { mode: 'remove', quantity: 7 }).ok).toBe(true);
  });

  it('always lets stock be received against backorders, even while reserved exceeds on hand', () => {
    const oversold = { sku: 'TEE-S', locationId: 'L1', onHand: -2, reserved: 5 };
    expect(planAdjustment(oversold, { mode: 'add', quantity: 3 })).toEqual({ ok: true, value: { onHandDelta: 3, onHand: 1 } });
    expect(planAdjustment(oversold, { mode: 'set', quantity: 4 })).toEqual({ ok: true, value: { onHandDelta: 6, onHand: 4 } });
  });

  it('still refuses removing stock from a level that is already oversold', () => {
    expect(planAdjustment({ sku: 'TEE-S', locationId: 'L1', onHand: 3, reserved: 5 }, { mode: 'remove', quantity: 1 })).toMatchObject({
      ok: false,
      error: { type: 'BelowReserved' },
    });
  });

  it('throws for a quantity that is negative or fractional', () => {
    expect(() => planAdjustment(level, { mode: 'add', quantity: -1 })).toThrow(RangeError);
    expect(() => planAdjustment(level, { mode: 'set', quantity: 1.5 })).toThrow(RangeError);
  });

  it('offers the reasons a merchant records', () => {
    expect(ADJUSTMENT_REASONS).toEqual(['received', 'stock_count', 'damaged', 'lost', 'found', 'returned', 'correction', 'other']);
  });
});
