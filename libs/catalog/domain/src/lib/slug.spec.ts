import fc from 'fast-check';
import { isValidSlug, slugify } from './slug';

describe('slugify', () => {
  it('folds accents and punctuation into single hyphens', () => {
    expect(slugify('Café Crème — 8" Chef Knife!')).toBe('cafe-creme-8-chef-knife');
    expect(slugify('  T-Shirt  ')).toBe('t-shirt');
  });

  it('always yields a valid slug when the title has a letter or digit', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300 }), (title) => {
        const slug = slugify(`${title} x`);
        expect(isValidSlug(slug)).toBe(true);
      }),
    );
  });
});

describe('isValidSlug', () => {
  it('refuses upper case, double hyphens, edges and the empty string', () => {
    for (const bad of ['', 'Shirt', 'a--b', '-a', 'a-', 'a b', 'ä']) expect(isValidSlug(bad)).toBe(false);
    expect(isValidSlug('classic-white-tee')).toBe(true);
  });
});
