import { packParcels } from './pack-parcels';
import type { PackItem, ParcelRules } from './parcel-input';
import type { Packing } from './packing';

const item = (lineId: string, sku: string, quantity: number, unitWeightGrams: number, extra: Partial<PackItem> = {}): PackItem => ({
  lineId,
  sku,
  quantity,
  unitWeightGrams,
  ...extra,
});

function packed(items: readonly PackItem[], rules: ParcelRules): Packing {
  const result = packParcels(items, rules);
  if (!result.ok) throw new Error(`expected a packing, got ${JSON.stringify(result.error)}`);
  return result.value;
}

const contentsOf = (packing: Packing) => packing.parcels.map((parcel) => parcel.contents.map(({ lineId, quantity }) => `${lineId}×${quantity}`));

describe('packParcels', () => {
  it('packs nothing into no parcels', () => {
    const packing = packed([], { maxWeightGrams: 1_000 });
    expect(packing.parcels).toEqual([]);
    expect(packing.totalWeightGrams).toBe(0);
    expect(packing.explanation).toContain('Nothing to pack.');
  });

  it('puts everything that fits into one parcel, its weight the packaging plus the contents', () => {
    const packing = packed([item('a', 'MUG-01', 2, 450), item('b', 'TEE-M', 1, 200)], { maxWeightGrams: 2_000, packagingWeightGrams: 150 });
    expect(packing.parcels).toEqual([
      {
        index: 1,
        weightGrams: 150 + 900 + 200,
        contents: [
          { lineId: 'a', sku: 'MUG-01', quantity: 2 },
          { lineId: 'b', sku: 'TEE-M', quantity: 1 },
        ],
      },
    ]);
    expect(packing.totalWeightGrams).toBe(1_250);
  });

  it('places the heaviest units first, whatever order the lines came in', () => {
    const packing = packed([item('light', 'SOCK', 1, 100), item('heavy', 'KETTLE', 1, 1_500)], { maxWeightGrams: 5_000 });
    expect(contentsOf(packing)).toEqual([['heavy×1', 'light×1']]);
  });

  it('breaks ties in weight by line id, so equal units land the same way in any input order', () => {
    const rules = { maxWeightGrams: 1_000 };
    const one = packed([item('b', 'B', 1, 600), item('a', 'A', 1, 600)], rules);
    const other = packed([item('a', 'A', 1, 600), item('b', 'B', 1, 600)], rules);
    expect(contentsOf(one)).toEqual([['a×1'], ['b×1']]);
    expect(one).toEqual(other);
  });

  it('opens a parcel when no open parcel has room, then fills earlier gaps first (first fit)', () => {
    // 700 → P1 (300 left); 600 → P2 (400 left); 300 fits the gap in P1, not a new parcel.
    const packing = packed([item('a', 'A', 1, 700), item('b', 'B', 1, 600), item('c', 'C', 1, 300)], { maxWeightGrams: 1_000 });
    expect(contentsOf(packing)).toEqual([['a×1', 'c×1'], ['b×1']]);
  });

  it('counts the packaging against the limit of every parcel', () => {
    // Without packaging two 500 g units share a 1,000 g parcel; with 1 g of packaging they cannot.
    expect(packed([item('a', 'A', 2, 500)], { maxWeightGrams: 1_000 }).parcels).toHaveLength(1);
    const packing = packed([item('a', 'A', 2, 500)], { maxWeightGrams: 1_000, packagingWeightGrams: 1 });
    expect(packing.parcels.map((parcel) => parcel.weightGrams)).toEqual([501, 501]);
    expect(packing.totalWeightGrams).toBe(1_002);
  });

  it('fills a parcel exactly to the limit', () => {
    const packing = packed([item('a', 'A', 4, 250)], { maxWeightGrams: 1_100, packagingWeightGrams: 100 });
    expect(packing.parcels.map((parcel) => parcel.weightGrams)).toEqual([1_100]);
  });

  it('keeps a line whole in the first open parcel that can take all of it, even past an earlier gap', () => {
    // P1: 800 (200 left), P2: 500 (500 left). Line c (2 × 200 g) fits whole only in P2: no split into P1 and P2.
    const packing = packed([item('a', 'A', 1, 800), item('b', 'B', 1, 500), item('c', 'C', 2, 200)], { maxWeightGrams: 1_000, maxUnitsPerParcel: 3 });
    expect(contentsOf(packing)).toEqual([['a×1'], ['b×1', 'c×2']]);
  });

  it('splits a line only when no open parcel can take it whole, filling gaps before opening a parcel', () => {
    // P1: 700 (300 left). Line b (3 × 200 g) fits whole nowhere: one unit fills P1's gap, two open P2.
    const packing = packed([item('a', 'A', 1, 700), item('b', 'B', 3, 200)], { maxWeightGrams: 1_000 });
    expect(contentsOf(packing)).toEqual([['a×1', 'b×1'], ['b×2']]);
    expect(packing.explanation).toContain(
      '3 × B (200 g each) did not fit whole into any open parcel, so it was split: 1 into parcel 1 (which had 300 g left), 2 into new parcel 2.',
    );
    expect(packing.explanation).toContain('Parcel 2 was opened because parcel 1 had 100 g left, too little for a 200 g unit.');
  });

  it('spreads a line too big for one parcel over as many full parcels as it needs', () => {
    const packing = packed([item('a', 'BRICK', 10, 1_000)], { maxWeightGrams: 3_500 });
    expect(contentsOf(packing)).toEqual([['a×3'], ['a×3'], ['a×3'], ['a×1']]);
    expect(packing.explanation).toContain(
      '10 × BRICK (1,000 g each) is more than one parcel can take, so it was split: 3 into each of new parcels 1 to 3, 1 into new parcel 4.',
    );
    expect(packing.explanation).toContain('A parcel takes at most 3 of these units: 4 would weigh 4,000 g, more than the 3,500 g a parcel can carry.');
  });

  it('holds no more units in a parcel than the rules allow, however light', () => {
    const packing = packed([item('a', 'PIN', 5, 1)], { maxWeightGrams: 10_000, maxUnitsPerParcel: 2 });
    expect(contentsOf(packing)).toEqual([['a×2'], ['a×2'], ['a×1']]);
    expect(packing.explanation).toContain('A parcel takes at most 2 of these units: that is the most units a parcel may hold.');
  });

  it('keeps the summed unit volume of a parcel within the largest box', () => {
    // Box 10 × 10 × 10 = 1,000 cm³; each unit 10 × 10 × 4 = 400 cm³, so two to a parcel although the weight allows ten.
    const cube = { length: 4, width: 10, height: 10 };
    const packing = packed([item('a', 'TILE', 5, 10, { dimensionsCm: cube })], { maxWeightGrams: 1_000, maxDimensionsCm: { length: 10, width: 10, height: 10 } });
    expect(contentsOf(packing)).toEqual([['a×2'], ['a×2'], ['a×1']]);
    expect(packing.parcels.map((parcel) => parcel.volumeCm3)).toEqual([800, 800, 400]);
    expect(packing.explanation).toContain('A parcel takes at most 2 of these units: 3 would take up 1,200 cm³, more than the 1,000 cm³ of the largest box.');
  });

  it('packs units without dimensions by weight alone, even next to a volume limit', () => {
    const box = { length: 10, width: 10, height: 10 };
    const packing = packed(
      [item('a', 'TILE', 2, 10, { dimensionsCm: { length: 10, width: 10, height: 5 } }), item('b', 'CARD', 3, 5)],
      { maxWeightGrams: 1_000, maxDimensionsCm: box },
    );
    expect(contentsOf(packing)).toEqual([['a×2', 'b×3']]);
    expect(packing.parcels[0]?.volumeCm3).toBe(1_000);
  });

  it('reports a volume only for parcels holding units of known size', () => {
    const packing = packed([item('a', 'CARD', 1, 5)], { maxWeightGrams: 1_000, maxDimensionsCm: { length: 10, width: 10, height: 10 } });
    expect(packing.parcels[0]).not.toHaveProperty('volumeCm3');
  });

  it('says in plain sentences how each line was placed and why each parcel was opened', () => {
    const packing = packed(
      [item('t', 'TEE-M', 2, 200), item('m', 'MUG-01', 3, 450), item('k', 'KETTLE', 1, 1_600)],
      { maxWeightGrams: 2_000, packagingWeightGrams: 150 },
    );
    expect(packing.explanation).toEqual([
      'A parcel may weigh 2,000 g, 150 g of it packaging, which leaves 1,850 g for goods.',
      'Lines are placed heaviest unit first, lines of equal weight in order of line id: 1 × KETTLE (1,600 g), 3 × MUG-01 (450 g each) and 2 × TEE-M (200 g each).',
      'Parcel 1 opened for 1 × KETTLE (1,600 g).',
      'Parcel 2 opened for 3 × MUG-01 (450 g each): parcel 1 had 250 g left, too little for a 450 g unit.',
      '2 × TEE-M (200 g each) went into parcel 2, which had 500 g left.',
      '2 parcels, 3,650 g in all, 300 g of it packaging.',
    ]);
  });

  it('names the limits on units and volume at the top of the explanation', () => {
    const packing = packed([item('a', 'A', 1, 10)], { maxWeightGrams: 1_000, maxUnitsPerParcel: 4, maxDimensionsCm: { length: 30, width: 20, height: 10 } });
    expect(packing.explanation.slice(0, 3)).toEqual([
      'A parcel may weigh 1,000 g.',
      'A parcel holds at most 4 units.',
      'No unit may be larger than 30 × 20 × 10 cm, turned any way, and the units of known size in a parcel may take up at most 6,000 cm³ together (a check on volume alone, not on how they are arranged).',
    ]);
  });

  it('summarises the reasons when many parcels are already open', () => {
    const packing = packed([item('a', 'A', 5, 600), item('b', 'B', 1, 500)], { maxWeightGrams: 1_000 });
    expect(packing.explanation).toContain('Parcel 6 opened for 1 × B (500 g): none of parcels 1 to 5 could take another unit.');
  });
});
