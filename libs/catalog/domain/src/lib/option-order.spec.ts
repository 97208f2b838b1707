import fc from 'fast-check';
import { compareOptionValues } from './option-order';

describe('compareOptionValues', () => {
  it('orders clothing sizes, numbers and words as shoppers expect', () => {
    expect(['XL', 'S', 'M', 'XS', 'L'].sort(compareOptionValues)).toEqual(['XS', 'S', 'M', 'L', 'XL']);
    expect(['42', '39', '44.5', '40'].sort(compareOptionValues)).toEqual(['39', '40', '42', '44.5']);
    expect(['Slate', 'sand', 'Navy'].sort(compareOptionValues)).toEqual(['Navy', 'sand', 'Slate']);
    expect(['Red', 'M'].sort(compareOptionValues)).toEqual(['M', 'Red']);
  });

  it('is antisymmetric, so sorting does not depend on the input order', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), (a, b) => {
        expect(Math.sign(compareOptionValues(a, b)) + Math.sign(compareOptionValues(b, a))).toBe(0);
      }),
    );
  });
});
