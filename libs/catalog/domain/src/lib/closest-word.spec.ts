import fc from 'fast-check';
import { closestWord, editDistance } from './closest-word';

describe('editDistance', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('sheos', 'shoes')).toBe(1);
    expect(editDistance('sheos', 'shell')).toBe(2);
    expect(editDistance('tshirt', 'tshirts')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('is zero exactly for equal words, symmetric, and never more than the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const distance = editDistance(a, b);
        expect(distance === 0).toBe(a === b);
        expect(editDistance(b, a)).toBe(distance);
        expect(distance).toBeLessThanOrEqual(Math.max(Array.from(a).length, Array.from(b).length));
      }),
    );
  });
});

describe('closestWord', () => {
  it('prefers the transposition over other two-letter changes', () => {
    expect(closestWord('sheos', ['shell', 'shoes', 'sheets'])).toBe('shoes');
  });

  it('keeps a known word and gives up beyond the distance', () => {
    expect(closestWord('Mug', ['mug', 'mugs'])).toBe('mug');
    expect(closestWord('zzzz', ['mug'])).toBeNull();
  });

  it('does not depend on the order of the candidates', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 6 }), fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 8 }), (typed, candidates) => {
        expect(closestWord(typed, candidates)).toBe(closestWord(typed, [...candidates].reverse()));
      }),
    );
  });
});
