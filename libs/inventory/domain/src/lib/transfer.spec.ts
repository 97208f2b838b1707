import { planTransfer } from './transfer';

const source = { sku: 'TEE-S', locationId: 'L1', onHand: 10, reserved: 4 };

describe('planTransfer', () => {
  it('moves units that are not reserved', () => {
    expect(planTransfer(source, 'L2', 6)).toEqual({ ok: true, value: { quantity: 6 } });
  });

  it('refuses to move reserved units', () => {
    expect(planTransfer(source, 'L2', 7)).toEqual({
      ok: false,
      error: { type: 'InsufficientAtSource', sku: 'TEE-S', locationId: 'L1', available: 6, requested: 7 },
    });
  });

  it('moves nothing out of an oversold level', () => {
    expect(planTransfer({ ...source, onHand: 1, reserved: 3 }, 'L2', 1)).toMatchObject({ ok: false, error: { available: -2 } });
  });

  it('refuses a transfer to the location the stock is already at', () => {
    expect(planTransfer(source, 'L1', 1)).toEqual({ ok: false, error: { type: 'SameLocation' } });
  });

  it('throws for a quantity below one or fractional', () => {
    expect(() => planTransfer(source, 'L2', 0)).toThrow(RangeError);
    expect(() => planTransfer(source, 'L2', 0.5)).toThrow(RangeError);
  });
});
