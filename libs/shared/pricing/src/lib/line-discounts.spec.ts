import { buyXGetYParts, fixedPriceParts, orderAmountParts, percentageParts, unitAmountParts } from './line-discounts';

const line = (amount: number, quantity = 1) => ({ amount, quantity });

describe('fixedPriceParts', () => {
  it('takes off what a line costs above the fixed unit price', () => {
    // 3 × 1500 = 4500, fixed at 1000 each → 3000, so 1500 off
    expect(fixedPriceParts([line(4500, 3)], 1000)).toEqual([1500]);
  });

  it('leaves a line already cheaper than the fixed price alone', () => {
    expect(fixedPriceParts([line(800, 1), line(2000, 2)], 900)).toEqual([0, 200]);
  });
});

describe('percentageParts', () => {
  it('rounds the discount once, half-up, and allocates it by largest remainder', () => {
    // 10 % of (333 + 333 + 334 = 1000) = 100; shares 33.3, 33.3, 33.4 → 33, 33, 33 and 1 left → 33.4
    expect(percentageParts([line(333), line(333), line(334)], 1000)).toEqual([33, 33, 34]);
    // 15 % of 1999 = 299.85 → 300
    expect(percentageParts([line(1999)], 1500)).toEqual([300]);
    // 5 % of 10 = 0.5 → 1 (the shopper gets the half unit)
    expect(percentageParts([line(10)], 500)).toEqual([1]);
  });

  it('takes a line to zero at 100 % and never beyond', () => {
    expect(percentageParts([line(999), line(1)], 10_000)).toEqual([999, 1]);
  });

  it('gives nothing to lines that cost nothing any more', () => {
    expect(percentageParts([line(0), line(0)], 5000)).toEqual([0, 0]);
  });
});

describe('orderAmountParts', () => {
  it('spreads one amount over the lines in proportion to their amounts', () => {
    // 500 over 1000 and 3000 → 125 and 375
    expect(orderAmountParts([line(1000), line(3000)], 500)).toEqual([125, 375]);
  });

  it('caps the amount at what the lines cost', () => {
    expect(orderAmountParts([line(300), line(200)], 10_000)).toEqual([300, 200]);
  });
});

describe('unitAmountParts', () => {
  it('takes the amount off every unit, capped at the line', () => {
    expect(unitAmountParts([line(3000, 3), line(150, 1)], 200)).toEqual([600, 150]);
  });
});

describe('buyXGetYParts', () => {
  it('makes the cheapest unit of every three free for buy 2 get 1', () => {
    // units 1000, 1000, 700 → the 700 unit is free
    expect(buyXGetYParts([line(2000, 2), line(700, 1)], 2, 1, 10_000)).toEqual([0, 700]);
  });

  it('discounts nothing until a full set is in the cart', () => {
    expect(buyXGetYParts([line(2000, 2)], 2, 1, 10_000)).toEqual([0]);
  });

  it('counts units across lines and several sets', () => {
    // 7 units: 2 sets of (2 + 1) → 2 free, cheapest first: 2 units at 300 (line 2 has 3 × 300)
    expect(buyXGetYParts([line(4000, 4), line(900, 3)], 2, 1, 10_000)).toEqual([0, 600]);
  });

  it('takes a percentage off the discounted units, half-up per line', () => {
    // buy 1 get 1 at 50 % off: 2 units of 999 → 1 discounted at 499.5 → 500
    expect(buyXGetYParts([line(1998, 2)], 1, 1, 5000)).toEqual([500]);
  });

  it('breaks ties on unit value by the earlier line', () => {
    expect(buyXGetYParts([line(500, 1), line(500, 1), line(500, 1)], 2, 1, 10_000)).toEqual([500, 0, 0]);
  });
});
