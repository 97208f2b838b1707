import fc from 'fast-check';
import { compareLevels, type Movement, MOVEMENT_KINDS, movementDeltas, rebuildLevels } from './ledger';
import { skuKey } from './sku';
import type { StockLevel } from './stock-level';

const movement = (sku: string, locationId: string, kind: Movement['kind'], quantity: number): Movement => ({
  sku,
  locationId,
  kind,
  ...movementDeltas(kind, quantity),
});

describe('movementDeltas', () => {
  it('moves on hand and reserved as each kind of movement says', () => {
    expect(movementDeltas('reservation', 3)).toEqual({ onHandDelta: 0, reservedDelta: 3 });
    expect(movementDeltas('release', 3)).toEqual({ onHandDelta: 0, reservedDelta: -3 });
    expect(movementDeltas('commitment', 3)).toEqual({ onHandDelta: -3, reservedDelta: -3 });
    expect(movementDeltas('restock', 3)).toEqual({ onHandDelta: 3, reservedDelta: 0 });
    expect(movementDeltas('transfer_out', 3)).toEqual({ onHandDelta: -3, reservedDelta: 0 });
    expect(movementDeltas('transfer_in', 3)).toEqual({ onHandDelta: 3, reservedDelta: 0 });
  });

  it('takes an adjustment quantity as signed', () => {
    expect(movementDeltas('adjustment', 5)).toEqual({ onHandDelta: 5, reservedDelta: 0 });
    expect(movementDeltas('adjustment', -5)).toEqual({ onHandDelta: -5, reservedDelta: 0 });
  });

  it('never produces a negative zero', () => {
    for (const kind of MOVEMENT_KINDS) {
      const deltas = movementDeltas(kind, 0);
      expect(Object.is(deltas.onHandDelta, 0) && Object.is(deltas.reservedDelta, 0)).toBe(true);
    }
  });
});

describe('rebuildLevels', () => {
  it('folds movements per SKU and location, sorted by SKU then location', () => {
    const levels = rebuildLevels([
      movement('B', 'L1', 'adjustment', 4),
      movement('A', 'L2', 'adjustment', 10),
      movement('a', 'L2', 'reservation', 3),
      movement('A', 'L2', 'commitment', 2),
      movement('A', 'L1', 'transfer_in', 1),
    ]);
    expect(levels).toEqual([
      { sku: 'A', locationId: 'L1', onHand: 1, reserved: 0 },
      { sku: 'A', locationId: 'L2', onHand: 8, reserved: 1 },
      { sku: 'B', locationId: 'L1', onHand: 4, reserved: 0 },
    ]);
  });

  it('keeps a SKU as first written', () => {
    expect(rebuildLevels([movement('tee-s', 'L1', 'restock', 1), movement('TEE-S', 'L1', 'restock', 1)])).toEqual([
      { sku: 'tee-s', locationId: 'L1', onHand: 2, reserved: 0 },
    ]);
  });

  it('returns no levels for no movements, from any iterable', () => {
    expect(rebuildLevels([])).toEqual([]);
    expect(rebuildLevels(new Set([movement('A', 'L1', 'restock', 2)]))).toEqual([{ sku: 'A', locationId: 'L1', onHand: 2, reserved: 0 }]);
  });

  it('equals applying the movements one by one, for any ledger', () => {
    const movementArb = fc
      .record({
        sku: fc.constantFrom('A', 'a', 'B', 'C '),
        locationId: fc.constantFrom('L1', 'L2', 'L3'),
        kind: fc.constantFrom(...MOVEMENT_KINDS),
        quantity: fc.integer({ min: -20, max: 20 }),
      })
      .map(({ sku, locationId, kind, quantity }) => movement(sku, locationId, kind, kind === 'adjustment' ? quantity : Math.abs(quantity)));
    fc.assert(
      fc.property(fc.array(movementArb, { maxLength: 40 }), (movements) => {
        const state = new Map<string, { onHand: number; reserved: number }>();
        for (const m of movements) {
          const key = `${skuKey(m.sku)}|${m.locationId}`;
          const before = state.get(key) ?? { onHand: 0, reserved: 0 };
          state.set(key, { onHand: before.onHand + m.onHandDelta, reserved: before.reserved + m.reservedDelta });
        }
        const rebuilt = rebuildLevels(movements);
        expect(new Map(rebuilt.map((l) => [`${skuKey(l.sku)}|${l.locationId}`, { onHand: l.onHand, reserved: l.reserved }]))).toEqual(state);
        expect(rebuilt.map((l) => `${skuKey(l.sku)}|${l.locationId}`)).toEqual([...state.keys()].sort());
        expect(compareLevels(rebuilt, rebuildLevels([...movements].reverse()))).toEqual([]);
      }),
    );
  });
});

describe('compareLevels', () => {
  const level = (sku: string, locationId: string, onHand: number, reserved: number): StockLevel => ({ sku, locationId, onHand, reserved });

  it('finds no discrepancy between equal levels, whatever their order or SKU case', () => {
    expect(compareLevels([level('A', 'L1', 3, 1), level('B', 'L1', 2, 0)], [level('b', 'L1', 2, 0), level('a', 'L1', 3, 1)])).toEqual([]);
  });

  it('reports every level that differs, sorted by SKU then location', () => {
    expect(compareLevels([level('B', 'L1', 2, 0), level('A', 'L2', 5, 1)], [level('A', 'L2', 4, 1), level('B', 'L1', 2, 1)])).toEqual([
      { sku: 'A', locationId: 'L2', recorded: { onHand: 5, reserved: 1 }, rebuilt: { onHand: 4, reserved: 1 } },
      { sku: 'B', locationId: 'L1', recorded: { onHand: 2, reserved: 0 }, rebuilt: { onHand: 2, reserved: 1 } },
    ]);
  });

  it('counts a level missing on either side as zero on hand, zero reserved', () => {
    expect(compareLevels([level('A', 'L1', 3, 0), level('Z', 'L1', 0, 0)], [level('B', 'L1', 0, 2)])).toEqual([
      { sku: 'A', locationId: 'L1', recorded: { onHand: 3, reserved: 0 }, rebuilt: { onHand: 0, reserved: 0 } },
      { sku: 'B', locationId: 'L1', recorded: { onHand: 0, reserved: 0 }, rebuilt: { onHand: 0, reserved: 2 } },
    ]);
  });
});
