import fc from 'fast-check';
import { packParcels } from './pack-parcels';
import { type DimensionsCm, type PackItem, type ParcelRules, volumeCm3 } from './parcel-input';
import type { Packing } from './packing';

const boxArb: fc.Arbitrary<DimensionsCm> = fc.record({
  length: fc.integer({ min: 5, max: 40 }),
  width: fc.integer({ min: 5, max: 40 }),
  height: fc.integer({ min: 5, max: 40 }),
});

const rulesArb: fc.Arbitrary<ParcelRules> = fc
  .record({
    maxWeightGrams: fc.integer({ min: 2, max: 5_000 }),
    packagingShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
    maxUnitsPerParcel: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
    maxDimensionsCm: fc.option(boxArb, { nil: undefined }),
  })
  .map(({ maxWeightGrams, packagingShare, maxUnitsPerParcel, maxDimensionsCm }) => ({
    maxWeightGrams,
    packagingWeightGrams: Math.floor(maxWeightGrams * packagingShare),
    ...(maxUnitsPerParcel === undefined ? {} : { maxUnitsPerParcel }),
    ...(maxDimensionsCm ? { maxDimensionsCm } : {}),
  }));

/** Items every one of whose units fits an empty parcel under the rules, so packing must succeed. */
const packableArb = (rules: ParcelRules): fc.Arbitrary<PackItem[]> => {
  const goods = rules.maxWeightGrams - (rules.packagingWeightGrams ?? 0);
  const box = rules.maxDimensionsCm;
  const side = box ? Math.min(box.length, box.width, box.height) : 30;
  return fc.uniqueArray(
    fc.record({
      lineId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
      sku: fc.constantFrom('MUG', 'TEE', 'SOCK', 'KETTLE'),
      quantity: fc.integer({ min: 1, max: 12 }),
      unitWeightGrams: fc.integer({ min: 1, max: goods }),
      dimensionsCm: fc.option(fc.record({ length: fc.integer({ min: 1, max: side }), width: fc.integer({ min: 1, max: side }), height: fc.integer({ min: 1, max: side }) }), {
        nil: undefined,
      }),
    }),
    { selector: (item) => item.lineId, maxLength: 8 },
  ).map((items) => items.map(({ dimensionsCm, ...rest }): PackItem => (dimensionsCm ? { ...rest, dimensionsCm } : rest)));
};

const caseArb = rulesArb.chain((rules) => packableArb(rules).map((items) => ({ rules, items })));

function packed(items: readonly PackItem[], rules: ParcelRules): Packing {
  const result = packParcels(items, rules);
  if (!result.ok) throw new Error(`expected a packing, got ${JSON.stringify(result.error)}`);
  return result.value;
}

const unitCount = (items: readonly PackItem[]) => items.reduce((sum, item) => sum + item.quantity, 0);

describe('packParcels properties', () => {
  it('packs every unit of every line exactly once, under the line’s own id and SKU', () => {
    fc.assert(
      fc.property(caseArb, ({ rules, items }) => {
        const packing = packed(items, rules);
        const packedUnits = new Map<string, number>();
        for (const parcel of packing.parcels) {
          const linesHere = new Set<string>();
          for (const { lineId, sku, quantity } of parcel.contents) {
            expect(quantity).toBeGreaterThanOrEqual(1);
            expect(linesHere.has(lineId)).toBe(false); // a line is listed once per parcel
            linesHere.add(lineId);
            expect(items.find((item) => item.lineId === lineId)?.sku).toBe(sku);
            packedUnits.set(lineId, (packedUnits.get(lineId) ?? 0) + quantity);
          }
        }
        expect(packedUnits).toEqual(new Map(items.map((item) => [item.lineId, item.quantity])));
      }),
    );
  });

  it('never puts a parcel over its weight, unit or volume limit, packaging included', () => {
    fc.assert(
      fc.property(caseArb, ({ rules, items }) => {
        const packing = packed(items, rules);
        const byLine = new Map(items.map((item) => [item.lineId, item]));
        const packaging = rules.packagingWeightGrams ?? 0;
        for (const parcel of packing.parcels) {
          const goods = parcel.contents.reduce((sum, { lineId, quantity }) => sum + quantity * byLine.get(lineId)!.unitWeightGrams, 0);
          expect(parcel.weightGrams).toBe(packaging + goods);
          expect(parcel.weightGrams).toBeLessThanOrEqual(rules.maxWeightGrams);
          const units = parcel.contents.reduce((sum, { quantity }) => sum + quantity, 0);
          if (rules.maxUnitsPerParcel !== undefined) expect(units).toBeLessThanOrEqual(rules.maxUnitsPerParcel);
          if (rules.maxDimensionsCm && parcel.volumeCm3 !== undefined) expect(parcel.volumeCm3).toBeLessThanOrEqual(volumeCm3(rules.maxDimensionsCm));
        }
        expect(packing.totalWeightGrams).toBe(packing.parcels.reduce((sum, parcel) => sum + parcel.weightGrams, 0));
      }),
    );
  });

  it('never uses more parcels than there are units, and numbers them 1, 2, 3…', () => {
    fc.assert(
      fc.property(caseArb, ({ rules, items }) => {
        const packing = packed(items, rules);
        expect(packing.parcels.length).toBeLessThanOrEqual(unitCount(items));
        expect(packing.parcels.length > 0).toBe(items.length > 0);
        expect(packing.parcels.map((parcel) => parcel.index)).toEqual(packing.parcels.map((_, i) => i + 1));
      }),
    );
  });

  it('gives the same packing, explanation included, whatever the order of the items', () => {
    const shuffledArb = caseArb.chain(({ rules, items }) =>
      fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }).map((shuffled) => ({ rules, items, shuffled })),
    );
    fc.assert(
      fc.property(shuffledArb, ({ rules, items, shuffled }) => {
        expect(packed(shuffled, rules)).toEqual(packed(items, rules));
      }),
    );
  });

  it('opens a parcel only when no earlier parcel can take another unit of the line that opens it (first fit)', () => {
    fc.assert(
      fc.property(caseArb, ({ rules, items }) => {
        const packing = packed(items, rules);
        const byLine = new Map(items.map((item) => [item.lineId, item]));
        const packaging = rules.packagingWeightGrams ?? 0;
        const box = rules.maxDimensionsCm ? volumeCm3(rules.maxDimensionsCm) : undefined;
        packing.parcels.forEach((later, j) => {
          const opener = byLine.get(later.contents[0]!.lineId)!;
          const openerVolume = opener.dimensionsCm ? volumeCm3(opener.dimensionsCm) : undefined;
          // Parcels only fill up, so an earlier parcel that had no room then has none at the end either.
          for (const earlier of packing.parcels.slice(0, j)) {
            const units = earlier.contents.reduce((sum, { quantity }) => sum + quantity, 0);
            const tooHeavy = earlier.weightGrams + opener.unitWeightGrams > rules.maxWeightGrams;
            const tooMany = rules.maxUnitsPerParcel !== undefined && units >= rules.maxUnitsPerParcel;
            const tooBig = box !== undefined && openerVolume !== undefined && (earlier.volumeCm3 ?? 0) + openerVolume > box;
            expect(tooHeavy || tooMany || tooBig, `parcel ${earlier.index} could have taken ${opener.lineId} (packaging ${packaging})`).toBe(true);
          }
        });
      }),
    );
  });

  it('uses the fewest parcels possible when every unit weighs the same', () => {
    const sameWeightArb = fc
      .record({
        maxWeightGrams: fc.integer({ min: 2, max: 5_000 }),
        packaging: fc.integer({ min: 0, max: 500 }),
        maxUnitsPerParcel: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
        quantities: fc.array(fc.integer({ min: 1, max: 15 }), { minLength: 1, maxLength: 6 }),
        share: fc.double({ min: 0, max: 1, noNaN: true }),
      })
      .filter(({ maxWeightGrams, packaging }) => packaging < maxWeightGrams);
    fc.assert(
      fc.property(sameWeightArb, ({ maxWeightGrams, packaging, maxUnitsPerParcel, quantities, share }) => {
        const goods = maxWeightGrams - packaging;
        const unitWeightGrams = Math.max(1, Math.floor(goods * share));
        const items = quantities.map((quantity, i): PackItem => ({ lineId: `l${i}`, sku: `S${i}`, quantity, unitWeightGrams }));
        const rules: ParcelRules = { maxWeightGrams, packagingWeightGrams: packaging, ...(maxUnitsPerParcel ? { maxUnitsPerParcel } : {}) };
        const perParcel = Math.min(Math.floor(goods / unitWeightGrams), maxUnitsPerParcel ?? Infinity);
        expect(packed(items, rules).parcels).toHaveLength(Math.ceil(unitCount(items) / perParcel));
      }),
    );
  });

  it('refuses exactly when some unit and the packaging together weigh more than the limit', () => {
    const anyWeightArb = fc.record({
      maxWeightGrams: fc.integer({ min: 2, max: 2_000 }),
      packaging: fc.integer({ min: 0, max: 1 }),
      weights: fc.array(fc.integer({ min: 1, max: 3_000 }), { minLength: 1, maxLength: 5 }),
    });
    fc.assert(
      fc.property(anyWeightArb, ({ maxWeightGrams, packaging, weights }) => {
        const items = weights.map((unitWeightGrams, i): PackItem => ({ lineId: `l${i}`, sku: `S${i}`, quantity: 2, unitWeightGrams }));
        const result = packParcels(items, { maxWeightGrams, packagingWeightGrams: packaging });
        const tooHeavy = items.find((item) => item.unitWeightGrams + packaging > maxWeightGrams);
        expect(result.ok).toBe(tooHeavy === undefined);
        if (!result.ok) expect(result.error).toMatchObject({ type: 'ItemTooHeavy', lineId: tooHeavy?.lineId });
      }),
    );
  });
});
