import fc from 'fast-check';
import { allocate, type AllocationRequest, type RequestLine, sumLines } from './allocate';
import type { ItemPolicy } from './item-policy';
import type { StockLocation } from './location';
import type { StockLevel } from './stock-level';

const policy = (sku: string, overrides: Partial<ItemPolicy> = {}): ItemPolicy => ({
  sku,
  tracked: true,
  allowBackorder: false,
  lowStockThreshold: 0,
  ...overrides,
});
const location = (id: string, priority: number, active = true): StockLocation => ({ id, priority, active });
const level = (sku: string, locationId: string, onHand: number, reserved = 0): StockLevel => ({ sku, locationId, onHand, reserved });
const line = (sku: string, quantity: number): RequestLine => ({ sku, quantity });

const L1 = location('L1', 1);
const L2 = location('L2', 2);
const L3 = location('L3', 3);

function request(overrides: Partial<AllocationRequest>): AllocationRequest {
  return { lines: [], items: [policy('A'), policy('B')], locations: [L1, L2, L3], levels: [], ...overrides };
}

describe('sumLines', () => {
  it('merges lines of the same SKU, whatever the case, keeping the first spelling and order of first appearance', () => {
    expect(sumLines([line('b', 1), line('A', 2), line(' B ', 3), line('a', 4)])).toEqual([line('b', 4), line('A', 6)]);
  });

  it('returns an empty list for no lines', () => {
    expect(sumLines([])).toEqual([]);
  });
});

describe('allocate', () => {
  describe('one location first', () => {
    it('takes everything from the first location that has all of it', () => {
      const result = allocate(
        request({
          lines: [line('A', 2), line('B', 1)],
          levels: [level('A', 'L1', 5), level('A', 'L2', 5), level('B', 'L2', 5)],
        }),
      );
      expect(result).toEqual({
        ok: true,
        value: {
          lines: [
            { sku: 'A', locationId: 'L2', quantity: 2 },
            { sku: 'B', locationId: 'L2', quantity: 1 },
          ],
          untracked: [],
          backordered: [],
        },
      });
    });

    it('prefers the higher-priority location when several hold everything, whatever order they are listed in', () => {
      const result = allocate(request({ lines: [line('A', 2)], locations: [L3, L2, L1], levels: [level('A', 'L3', 9), level('A', 'L2', 9)] }));
      expect(result.ok && result.value.lines).toEqual([{ sku: 'A', locationId: 'L2', quantity: 2 }]);
    });

    it('breaks equal priorities by location id', () => {
      const result = allocate(
        request({ lines: [line('A', 1)], locations: [location('wh-b', 1), location('wh-a', 1)], levels: [level('A', 'wh-b', 1), level('A', 'wh-a', 1)] }),
      );
      expect(result.ok && result.value.lines).toEqual([{ sku: 'A', locationId: 'wh-a', quantity: 1 }]);
    });

    it('never allocates from an inactive location', () => {
      const result = allocate(request({ lines: [line('A', 2)], locations: [location('L1', 1, false), L2], levels: [level('A', 'L1', 9), level('A', 'L2', 2)] }));
      expect(result.ok && result.value.lines).toEqual([{ sku: 'A', locationId: 'L2', quantity: 2 }]);
    });

    it('does not offer units reserved for other checkouts', () => {
      const result = allocate(request({ lines: [line('A', 3)], levels: [level('A', 'L1', 5, 3), level('A', 'L2', 3)] }));
      expect(result.ok && result.value.lines).toEqual([{ sku: 'A', locationId: 'L2', quantity: 3 }]);
    });

    it('matches SKUs without regard to case or surrounding space', () => {
      const result = allocate(request({ lines: [line(' a ', 1)], items: [policy('A')], levels: [level('a', 'L1', 1)] }));
      expect(result.ok && result.value.lines).toEqual([{ sku: ' a ', locationId: 'L1', quantity: 1 }]);
    });
  });

  describe('checks', () => {
    it('sums lines of the same SKU before checking stock', () => {
      expect(allocate(request({ lines: [line('A', 3), line('a', 3)], levels: [level('A', 'L1', 5)] }))).toEqual({
        ok: false,
        error: { type: 'InsufficientStock', shortfalls: [{ sku: 'A', requested: 6, available: 5 }] },
      });
    });

    it('names every SKU that has no policy, before looking at stock', () => {
      expect(allocate(request({ lines: [line('Z', 1), line('A', 99), line('Y', 1), line('z', 1)] }))).toEqual({
        ok: false,
        error: { type: 'UnknownSku', skus: ['Y', 'Z'] },
      });
    });

    it('counts a missing level as no stock', () => {
      expect(allocate(request({ lines: [line('A', 1)] }))).toEqual({
        ok: false,
        error: { type: 'InsufficientStock', shortfalls: [{ sku: 'A', requested: 1, available: 0 }] },
      });
    });

    it('names every short SKU, with what the active locations have free in total', () => {
      const result = allocate(
        request({
          lines: [line('B', 9), line('A', 9)],
          locations: [L1, L2, location('off', 0, false)],
          levels: [level('A', 'L1', 4), level('A', 'L2', 4, 1), level('A', 'off', 50), level('B', 'L1', 2, 5), level('B', 'L2', 1)],
        }),
      );
      expect(result).toEqual({
        ok: false,
        error: {
          type: 'InsufficientStock',
          shortfalls: [
            { sku: 'A', requested: 9, available: 7 },
            { sku: 'B', requested: 9, available: 1 },
          ],
        },
      });
    });

    it('treats every tracked SKU as short when no location is active, backorderable ones too', () => {
      const result = allocate(
        request({
          lines: [line('A', 1), line('B', 2)],
          items: [policy('A'), policy('B', { allowBackorder: true })],
          locations: [location('L1', 1, false)],
          levels: [level('A', 'L1', 10)],
        }),
      );
      expect(result).toEqual({
        ok: false,
        error: {
          type: 'InsufficientStock',
          shortfalls: [
            { sku: 'A', requested: 1, available: 0 },
            { sku: 'B', requested: 2, available: 0 },
          ],
        },
      });
    });

    it('throws for a quantity that is not a whole number of at least one', () => {
      expect(() => allocate(request({ lines: [line('A', 0)] }))).toThrow(RangeError);
      expect(() => allocate(request({ lines: [line('A', 1.5)] }))).toThrow(RangeError);
    });
  });

  describe('untracked items', () => {
    it('returns untracked SKUs summed without allocating them, even with no locations', () => {
      const result = allocate(request({ lines: [line('G', 1), line('g', 2)], items: [policy('G', { tracked: false })], locations: [] }));
      expect(result).toEqual({ ok: true, value: { lines: [], untracked: [line('G', 3)], backordered: [] } });
    });

    it('allocates the tracked SKUs of a mixed order', () => {
      const result = allocate(
        request({ lines: [line('G', 1), line('A', 1)], items: [policy('A'), policy('G', { tracked: false })], levels: [level('A', 'L2', 1)] }),
      );
      expect(result).toEqual({ ok: true, value: { lines: [{ sku: 'A', locationId: 'L2', quantity: 1 }], untracked: [line('G', 1)], backordered: [] } });
    });
  });

  describe('splitting', () => {
    it('sends each SKU to the first location that has all of it when none has everything', () => {
      const result = allocate(request({ lines: [line('A', 2), line('B', 2)], levels: [level('A', 'L2', 2), level('A', 'L3', 5), level('B', 'L1', 3)] }));
      expect(result.ok && result.value.lines).toEqual([
        { sku: 'A', locationId: 'L2', quantity: 2 },
        { sku: 'B', locationId: 'L1', quantity: 2 },
      ]);
    });

    it('takes a SKU no location holds in full from each location by priority', () => {
      const result = allocate(request({ lines: [line('A', 10)], levels: [level('A', 'L3', 5), level('A', 'L1', 4), level('A', 'L2', 3)] }));
      expect(result.ok && result.value.lines).toEqual([
        { sku: 'A', locationId: 'L1', quantity: 4 },
        { sku: 'A', locationId: 'L2', quantity: 3 },
        { sku: 'A', locationId: 'L3', quantity: 3 },
      ]);
    });

    it('backorders the rest of a backorderable SKU at the highest-priority location, merged with its line there', () => {
      const result = allocate(
        request({ lines: [line('A', 10)], items: [policy('A', { allowBackorder: true })], levels: [level('A', 'L1', 4), level('A', 'L2', 3)] }),
      );
      expect(result).toEqual({
        ok: true,
        value: {
          lines: [
            { sku: 'A', locationId: 'L1', quantity: 7 },
            { sku: 'A', locationId: 'L2', quantity: 3 },
          ],
          untracked: [],
          backordered: [line('A', 3)],
        },
      });
    });

    it('adds a backorder line at the highest-priority location when it has none of the SKU', () => {
      const result = allocate(
        request({ lines: [line('A', 5)], items: [policy('A', { allowBackorder: true })], levels: [level('A', 'L2', 2, 0), level('A', 'L1', 1, 4)] }),
      );
      expect(result).toEqual({
        ok: true,
        value: {
          lines: [
            { sku: 'A', locationId: 'L1', quantity: 3 },
            { sku: 'A', locationId: 'L2', quantity: 2 },
          ],
          untracked: [],
          backordered: [line('A', 3)],
        },
      });
    });

    it('backorders in full a backorderable SKU with no stock anywhere', () => {
      const result = allocate(request({ lines: [line('A', 2)], items: [policy('A', { allowBackorder: true })] }));
      expect(result.ok && result.value).toEqual({ lines: [{ sku: 'A', locationId: 'L1', quantity: 2 }], untracked: [], backordered: [line('A', 2)] });
    });

    it('orders lines by SKU, then location priority', () => {
      const result = allocate(
        request({
          lines: [line('B', 4), line('A', 4)],
          levels: [level('B', 'L3', 2), level('B', 'L1', 2), level('A', 'L2', 3), level('A', 'L1', 1)],
        }),
      );
      expect(result.ok && result.value.lines.map((l) => `${l.sku}@${l.locationId}`)).toEqual(['A@L1', 'A@L2', 'B@L1', 'B@L3']);
    });
  });

  describe('without splitting', () => {
    it('still allocates from one location that has everything', () => {
      const result = allocate(request({ lines: [line('A', 1), line('B', 1)], allowSplit: false, levels: [level('A', 'L2', 1), level('B', 'L2', 1)] }));
      expect(result.ok).toBe(true);
    });

    it('asks to split when stock exists in total but not at one location, naming the SKUs no location holds in full', () => {
      const result = allocate(
        request({
          lines: [line('A', 1), line('B', 4)],
          allowSplit: false,
          levels: [level('A', 'L1', 1), level('B', 'L1', 2), level('B', 'L2', 2)],
        }),
      );
      expect(result).toEqual({ ok: false, error: { type: 'SplitRequired', skus: ['B'] } });
    });

    it('counts a backorderable SKU as suppliable when choosing between split and shortage', () => {
      const result = allocate(
        request({
          lines: [line('A', 5)],
          items: [policy('A', { allowBackorder: true })],
          allowSplit: false,
          levels: [level('A', 'L1', 1)],
        }),
      );
      expect(result).toEqual({ ok: false, error: { type: 'SplitRequired', skus: ['A'] } });
    });

    it('names what the best-stocked location lacks when each SKU is in full somewhere, just not together', () => {
      const result = allocate(
        request({
          lines: [line('A', 1), line('B', 1), line('C', 1)],
          items: [policy('A'), policy('B'), policy('C')],
          allowSplit: false,
          levels: [level('A', 'L1', 1), level('B', 'L2', 1), level('C', 'L2', 1)],
        }),
      );
      expect(result).toEqual({ ok: false, error: { type: 'SplitRequired', skus: ['A'] } });
    });

    it('reports a shortage, not a split, when the stock does not exist in total', () => {
      const result = allocate(
        request({ lines: [line('A', 5), line('B', 1)], allowSplit: false, levels: [level('A', 'L1', 2), level('A', 'L2', 2), level('B', 'L3', 1)] }),
      );
      expect(result).toEqual({ ok: false, error: { type: 'InsufficientStock', shortfalls: [{ sku: 'A', requested: 5, available: 4 }] } });
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties, over small worlds: four SKUs, four locations, levels that may be reserved beyond on hand.

const SKUS = ['A', 'B', 'C', 'D'] as const;
const LOCATION_IDS = ['L0', 'L1', 'L2', 'L3'] as const;

interface World {
  readonly items: ItemPolicy[];
  readonly locations: StockLocation[];
  readonly levels: StockLevel[];
}

const worldArb: fc.Arbitrary<World> = fc.record({
  // Untracked SKUs are chosen per request (`settingsArb`), so every policy starts tracked.
  items: fc.tuple(...SKUS.map((sku) => fc.boolean().map((allowBackorder) => policy(sku, { allowBackorder })))),
  locations: fc.uniqueArray(
    fc.record({ id: fc.constantFrom(...LOCATION_IDS), priority: fc.integer({ min: 0, max: 3 }), active: fc.oneof(fc.constant(true), fc.constant(true), fc.boolean()) }),
    { selector: (l) => l.id, minLength: 1, maxLength: 4 },
  ),
  levels: fc.array(
    fc.record({ sku: fc.constantFrom(...SKUS), locationId: fc.constantFrom(...LOCATION_IDS), onHand: fc.integer({ min: 0, max: 20 }), reserved: fc.integer({ min: 0, max: 8 }) }),
    { minLength: 4, maxLength: 24 },
  ),
}).map((world) => ({ ...world, items: [...world.items] }));

const requestLineArb = fc.record({ sku: fc.constantFrom(...SKUS), quantity: fc.integer({ min: 1, max: 10 }) });
const linesArb = fc.array(requestLineArb, { minLength: 1, maxLength: 5 });
const settingsArb = fc.record({ untrackedSkus: fc.subarray([...SKUS], { maxLength: 2 }), allowSplit: fc.boolean() });

function requestIn(world: World, lines: readonly RequestLine[], settings: { untrackedSkus: readonly string[]; allowSplit: boolean }): AllocationRequest {
  const items = world.items.map((item) => (settings.untrackedSkus.includes(item.sku) ? { ...item, tracked: false } : item));
  return { lines, items, locations: world.locations, levels: world.levels, allowSplit: settings.allowSplit };
}

/** Free units per location for allocation: max(0, on hand − reserved), summed over duplicate levels. */
function freeAt(world: World, sku: string, locationId: string): number {
  const matching = world.levels.filter((l) => l.sku === sku && l.locationId === locationId);
  return Math.max(0, matching.reduce((sum, l) => sum + l.onHand - l.reserved, 0));
}

const totalFree = (world: World, sku: string): number =>
  world.locations.filter((l) => l.active).reduce((sum, l) => sum + freeAt(world, sku, l.id), 0);

/** Enough runs that splits without backorders (a few per cent of worlds) are well exercised. */
const RUNS = { numRuns: 500 };

const requestedOf = (lines: readonly RequestLine[], sku: string): number => lines.filter((l) => l.sku === sku).reduce((sum, l) => sum + l.quantity, 0);

describe('allocate, for any stock and request', () => {
  it('never allocates more than a location has free of a SKU that cannot be backordered', () => {
    fc.assert(
      fc.property(worldArb, linesArb, settingsArb, (world, lines, settings) => {
        const result = allocate(requestIn(world, lines, settings));
        if (!result.ok) return;
        for (const allocated of result.value.lines) {
          const item = world.items.find((i) => i.sku === allocated.sku)!;
          expect(allocated.quantity).toBeGreaterThan(0);
          expect(world.locations.find((l) => l.id === allocated.locationId)?.active).toBe(true);
          if (!item.allowBackorder) expect(allocated.quantity).toBeLessThanOrEqual(freeAt(world, allocated.sku, allocated.locationId));
        }
      }),
      RUNS,
    );
  });

  it('allocates beyond stock only what it lists as backordered, at the highest-priority location', () => {
    fc.assert(
      fc.property(worldArb, linesArb, settingsArb, (world, lines, settings) => {
        const result = allocate(requestIn(world, lines, settings));
        if (!result.ok) return;
        for (const allocated of result.value.lines) {
          const excess = allocated.quantity - freeAt(world, allocated.sku, allocated.locationId);
          if (excess <= 0) continue;
          const backordered = result.value.backordered.find((b) => b.sku === allocated.sku);
          expect(backordered?.quantity).toBe(excess);
          const first = world.locations.filter((l) => l.active).sort((a, b) => a.priority - b.priority || (a.id < b.id ? -1 : 1))[0];
          expect(allocated.locationId).toBe(first?.id);
        }
      }),
      RUNS,
    );
  });

  it('allocates exactly the summed request of every tracked SKU when it succeeds', () => {
    fc.assert(
      fc.property(worldArb, linesArb, settingsArb, (world, lines, settings) => {
        const result = allocate(requestIn(world, lines, settings));
        if (!result.ok) return;
        for (const sku of SKUS) {
          const requested = requestedOf(lines, sku);
          const allocated = requestedOf(result.value.lines, sku);
          const untracked = requestedOf(result.value.untracked, sku);
          if (settings.untrackedSkus.includes(sku)) expect([allocated, untracked]).toEqual([0, requested]);
          else expect([allocated, untracked]).toEqual([requested, 0]);
        }
        if (!settings.allowSplit) expect(new Set(result.value.lines.map((l) => l.locationId)).size).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it('gives the same result when a line is split into several', () => {
    const partsArb = fc.array(fc.record({ sku: fc.constantFrom(...SKUS), parts: fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 4 }) }), {
      minLength: 1,
      maxLength: 5,
    });
    fc.assert(
      fc.property(worldArb, partsArb, settingsArb, (world, split, settings) => {
        const whole = split.map(({ sku, parts }) => line(sku, parts.reduce((a, b) => a + b, 0)));
        const pieces = split.flatMap(({ sku, parts }) => parts.map((quantity) => line(sku, quantity)));
        expect(allocate(requestIn(world, pieces, settings))).toEqual(allocate(requestIn(world, whole, settings)));
      }),
      RUNS,
    );
  });

  it('gives the same result whatever the order of the lines', () => {
    const shuffled = linesArb.chain((lines) => fc.tuple(fc.constant(lines), fc.shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length })));
    fc.assert(
      fc.property(worldArb, shuffled, settingsArb, (world, [lines, reordered], settings) => {
        expect(allocate(requestIn(world, reordered, settings))).toEqual(allocate(requestIn(world, lines, settings)));
      }),
      RUNS,
    );
  });

  it('reports, for every shortfall, the summed request and the total free over active locations', () => {
    fc.assert(
      fc.property(worldArb, linesArb, settingsArb, (world, lines, settings) => {
        const result = allocate(requestIn(world, lines, settings));
        if (result.ok || result.error.type !== 'InsufficientStock') return;
        expect(result.error.shortfalls.length).toBeGreaterThan(0);
        for (const shortfall of result.error.shortfalls) {
          expect(shortfall.available).toBe(totalFree(world, shortfall.sku));
          expect(shortfall.requested).toBe(requestedOf(lines, shortfall.sku));
        }
      }),
      RUNS,
    );
  });

  it('fails for shortage only when some tracked SKU really is short, and names them all', () => {
    fc.assert(
      fc.property(worldArb, linesArb, settingsArb, (world, lines, settings) => {
        const result = allocate(requestIn(world, lines, settings));
        const anyActive = world.locations.some((l) => l.active);
        const short = SKUS.filter((sku) => {
          const requested = requestedOf(lines, sku);
          if (requested === 0 || settings.untrackedSkus.includes(sku)) return false;
          if (!anyActive) return true;
          return !world.items.find((i) => i.sku === sku)!.allowBackorder && totalFree(world, sku) < requested;
        });
        if (short.length === 0) expect(result.ok || result.error.type === 'SplitRequired').toBe(true);
        else expect(result.ok ? [] : result.error.type === 'InsufficientStock' ? result.error.shortfalls.map((s) => s.sku) : []).toEqual(short);
      }),
      RUNS,
    );
  });
});
