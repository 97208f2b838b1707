import { availableOf } from './stock-level';

describe('availableOf', () => {
  it('is on hand less reserved', () => {
    expect(availableOf({ onHand: 10, reserved: 3 })).toBe(7);
    expect(availableOf({ onHand: 0, reserved: 0 })).toBe(0);
  });

  it('goes negative when backorders reserved more than is on hand', () => {
    expect(availableOf({ onHand: 2, reserved: 5 })).toBe(-3);
  });
});
