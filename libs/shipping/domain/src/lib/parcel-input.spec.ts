import { fitsWithin, volumeCm3 } from './parcel-input';

describe('fitsWithin', () => {
  const box = { length: 40, width: 30, height: 20 };

  it('lets a unit be turned any way: sides compared longest to longest', () => {
    expect(fitsWithin({ length: 20, width: 30, height: 40 }, box)).toBe(true);
    expect(fitsWithin({ length: 30, width: 40, height: 20 }, box)).toBe(true);
  });

  it('refuses a unit with any side too long however it is turned', () => {
    expect(fitsWithin({ length: 41, width: 1, height: 1 }, box)).toBe(false);
    // 35 fits the 40 side and 25 the 30 side, but then 25 must also fit the 20 side.
    expect(fitsWithin({ length: 35, width: 25, height: 25 }, box)).toBe(false);
  });

  it('accepts a unit exactly the size of the box', () => {
    expect(fitsWithin(box, box)).toBe(true);
  });
});

describe('volumeCm3', () => {
  it('multiplies the three sides', () => {
    expect(volumeCm3({ length: 40, width: 30, height: 20 })).toBe(24_000);
  });
});
