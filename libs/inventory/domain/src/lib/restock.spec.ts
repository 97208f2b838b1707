import fc from 'fast-check';
import { type CommittedAllocation, planRestock } from './restock';

const allocation = (sku: string, locationId: string, committed: number, restocked = 0): CommittedAllocation => ({ sku, locationId, committed, restocked });

describe('planRestock', () => {
  const allocations = [allocation('A', 'L1', 3, 1), allocation('A', 'L2', 4), allocation('B', 'L1', 2)];

  it('returns units to the locations they left from, in the given order', () => {
    expect(planRestock(allocations, [{ sku: 'A', quantity: 4 }, { sku: 'B', quantity: 1 }])).toEqual({
      ok: true,
      value: [
        { sku: 'A', locationId: 'L1', quantity: 2 },
        { sku: 'A', locationId: 'L2', quantity: 2 },
        { sku: 'B', locationId: 'L1', quantity: 1 },
      ],
    });
  });

  it('sums lines of the same SKU first and uses the SKU as the allocation stores it', () => {
    expect(planRestock(allocations, [{ sku: 'b', quantity: 1 }, { sku: 'B ', quantity: 1 }])).toEqual({
      ok: true,
      value: [{ sku: 'B', locationId: 'L1', quantity: 2 }],
    });
  });

  it('skips allocations already fully restocked', () => {
    expect(planRestock([allocation('A', 'L1', 2, 2), allocation('A', 'L2', 2)], [{ sku: 'A', quantity: 1 }])).toEqual({
      ok: true,
      value: [{ sku: 'A', locationId: 'L2', quantity: 1 }],
    });
  });

  it('names every SKU the reservation never held', () => {
    expect(planRestock(allocations, [{ sku: 'X', quantity: 1 }, { sku: 'A', quantity: 1 }, { sku: 'Y', quantity: 1 }])).toEqual({
      ok: false,
      error: { type: 'UnknownSku', skus: ['X', 'Y'] },
    });
  });

  it('refuses to restock more than was committed and not yet restocked, with the totals', () => {
    expect(planRestock(allocations, [{ sku: 'A', quantity: 7 }])).toEqual({
      ok: false,
      error: { type: 'RestockExceedsCommitted', sku: 'A', committed: 7, restocked: 1, requested: 7 },
    });
  });

  it('throws for a quantity below one', () => {
    expect(() => planRestock(allocations, [{ sku: 'A', quantity: 0 }])).toThrow(RangeError);
  });

  it('never restocks more than any allocation has left, and restocks exactly what was asked when it can', () => {
    const allocationArb = fc
      .record({ sku: fc.constantFrom('A', 'B'), locationId: fc.constantFrom('L1', 'L2', 'L3'), committed: fc.integer({ min: 0, max: 6 }), restockedShare: fc.integer({ min: 0, max: 6 }) })
      .map(({ restockedShare, ...rest }) => ({ ...rest, restocked: Math.min(restockedShare, rest.committed) }));
    const lineArb = fc.record({ sku: fc.constantFrom('A', 'B'), quantity: fc.integer({ min: 1, max: 8 }) });
    fc.assert(
      fc.property(fc.array(allocationArb, { minLength: 1, maxLength: 5 }), fc.array(lineArb, { maxLength: 4 }), (held, lines) => {
        const result = planRestock(held, lines);
        const left = (sku: string) => held.filter((a) => a.sku === sku).reduce((sum, a) => sum + a.committed - a.restocked, 0);
        const asked = (sku: string) => lines.filter((l) => l.sku === sku).reduce((sum, l) => sum + l.quantity, 0);
        if (!result.ok) {
          expect(['UnknownSku', 'RestockExceedsCommitted']).toContain(result.error.type);
          if (result.error.type === 'RestockExceedsCommitted') expect(asked(result.error.sku)).toBeGreaterThan(left(result.error.sku));
          return;
        }
        for (const sku of ['A', 'B']) {
          expect(asked(sku)).toBeLessThanOrEqual(left(sku));
          expect(result.value.filter((l) => l.sku === sku).reduce((sum, l) => sum + l.quantity, 0)).toBe(asked(sku));
        }
        // Allocations may repeat a location, so compare per (SKU, location): drawn never exceeds what is left there.
        for (const a of held) {
          const at = (l: { sku: string; locationId: string }) => l.sku === a.sku && l.locationId === a.locationId;
          const drawn = result.value.filter(at).reduce((sum, l) => sum + l.quantity, 0);
          expect(drawn).toBeLessThanOrEqual(held.filter(at).reduce((sum, b) => sum + b.committed - b.restocked, 0));
        }
      }),
    );
  });
});
