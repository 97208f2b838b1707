import { describeInventoryError, type InventoryError } from './errors';

describe('describeInventoryError', () => {
  it('tells a shopper how many are left', () => {
    expect(describeInventoryError({ type: 'InsufficientStock', shortfalls: [{ sku: 'SKU-1', requested: 5, available: 3 }] })).toBe(
      'Only 3 of SKU-1 left (you asked for 5)',
    );
  });

  it('names every short SKU and says when one is sold out', () => {
    expect(
      describeInventoryError({
        type: 'InsufficientStock',
        shortfalls: [
          { sku: 'A', requested: 2, available: 1 },
          { sku: 'B', requested: 4, available: 0 },
        ],
      }),
    ).toBe('Only 1 of A left (you asked for 2); B is out of stock (you asked for 4)');
  });

  it('explains an adjustment that would make on hand negative', () => {
    expect(describeInventoryError({ type: 'NegativeOnHand', sku: 'A', locationId: 'L1', onHand: 4, change: -6 })).toBe(
      'On hand at this location is 4; removing 6 would make it negative',
    );
  });

  it('explains an adjustment below what is reserved', () => {
    expect(describeInventoryError({ type: 'BelowReserved', sku: 'A', locationId: 'L1', onHand: 15, reserved: 12, newOnHand: 10 })).toBe(
      '12 units are reserved for open checkouts; on hand cannot go below that (asked for 10)',
    );
    expect(describeInventoryError({ type: 'BelowReserved', sku: 'A', locationId: 'L1', onHand: 2, reserved: 1, newOnHand: 0 })).toBe(
      '1 unit is reserved for open checkouts; on hand cannot go below that (asked for 0)',
    );
  });

  it('lists SKUs in plain English', () => {
    expect(describeInventoryError({ type: 'UnknownSku', skus: ['X'] })).toBe('There is no inventory record for X');
    expect(describeInventoryError({ type: 'UnknownSku', skus: ['X', 'Y', 'Z'] })).toBe('There is no inventory record for X, Y and Z');
    expect(describeInventoryError({ type: 'SplitRequired', skus: ['A', 'B'] })).toBe(
      'No single location can supply all of A and B, so the order would have to ship from more than one location',
    );
  });

  it('tells staff what may move and what may be restocked', () => {
    expect(describeInventoryError({ type: 'InsufficientAtSource', sku: 'A', locationId: 'L1', available: 3, requested: 5 })).toBe(
      'Only 3 units of A at this location are free to move (asked to move 5)',
    );
    expect(describeInventoryError({ type: 'InsufficientAtSource', sku: 'A', locationId: 'L1', available: -1, requested: 5 })).toBe(
      'No units of A at this location are free to move (asked to move 5)',
    );
    expect(describeInventoryError({ type: 'SameLocation' })).toBe('Stock cannot be transferred to the location it is already at');
    expect(describeInventoryError({ type: 'RestockExceedsCommitted', sku: 'A', committed: 5, restocked: 3, requested: 4 })).toBe(
      'Only 2 of A can be restocked: 5 were committed and 3 already restocked (asked for 4)',
    );
  });

  it('explains why a reservation cannot move', () => {
    expect(describeInventoryError({ type: 'ReservationNotActive', status: 'committed', action: 'release' })).toBe(
      'This reservation has already been committed, so it cannot be released; restock the items instead',
    );
    expect(describeInventoryError({ type: 'ReservationNotActive', status: 'expired', action: 'commit' })).toBe(
      'This reservation has expired, so it can no longer be committed',
    );
    expect(describeInventoryError({ type: 'ReservationNotActive', status: 'active', action: 'restock' })).toBe(
      'Only a committed reservation can be restocked, and this one is still active',
    );
  });

  it('gives one non-empty sentence for every kind of error', () => {
    const errors: InventoryError[] = [
      { type: 'UnknownSku', skus: ['A'] },
      { type: 'InsufficientStock', shortfalls: [{ sku: 'A', requested: 1, available: 0 }] },
      { type: 'SplitRequired', skus: ['A'] },
      { type: 'NegativeOnHand', sku: 'A', locationId: 'L', onHand: -2, change: 1 },
      { type: 'BelowReserved', sku: 'A', locationId: 'L', onHand: 1, reserved: 1, newOnHand: 0 },
      { type: 'InsufficientAtSource', sku: 'A', locationId: 'L', available: 0, requested: 1 },
      { type: 'SameLocation' },
      { type: 'ReservationNotActive', status: 'released', action: 'commit' },
      { type: 'RestockExceedsCommitted', sku: 'A', committed: 1, restocked: 1, requested: 1 },
    ];
    for (const error of errors) {
      const sentence = describeInventoryError(error);
      expect(sentence).toMatch(/^[A-Z0-9]/);
      expect(sentence).not.toMatch(/undefined|NaN|\.$/);
    }
  });
});
