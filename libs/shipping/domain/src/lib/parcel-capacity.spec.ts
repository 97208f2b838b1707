import { capacity, EMPTY_LOAD, limitsOf } from './parcel-capacity';

describe('capacity', () => {
  const limits = limitsOf({ maxWeightGrams: 1_100, packagingWeightGrams: 100, maxUnitsPerParcel: 6, maxDimensionsCm: { length: 10, width: 10, height: 10 } });

  it('leaves the packaging out of the room for goods', () => {
    expect(limits.goodsGrams).toBe(1_000);
    expect(capacity(EMPTY_LOAD, { grams: 300 }, limits)).toEqual({ count: 3, limit: 'weight' });
  });

  it('names the unit limit when it binds first', () => {
    expect(capacity(EMPTY_LOAD, { grams: 10 }, limits)).toEqual({ count: 6, limit: 'units' });
    expect(capacity({ goodsGrams: 50, units: 5, volumeCm3: 0 }, { grams: 10 }, limits)).toEqual({ count: 1, limit: 'units' });
  });

  it('names the volume limit when it binds first, and ignores it for units of unknown size', () => {
    expect(capacity(EMPTY_LOAD, { grams: 10, volumeCm3: 300 }, limits)).toEqual({ count: 3, limit: 'volume' });
    expect(capacity({ goodsGrams: 0, units: 0, volumeCm3: 900 }, { grams: 10, volumeCm3: 300 }, limits)).toEqual({ count: 0, limit: 'volume' });
  });

  it('prefers weight, then units, on a tie', () => {
    // 1,000 g / 200 g = 5 by weight; 5 × 200 cm³ = 1,000 cm³ by volume.
    expect(capacity(EMPTY_LOAD, { grams: 200, volumeCm3: 200 }, limits)).toEqual({ count: 5, limit: 'weight' });
  });

  it('never reports less than nothing', () => {
    expect(capacity({ goodsGrams: 1_000, units: 6, volumeCm3: 1_000 }, { grams: 400 }, limits).count).toBe(0);
  });
});
