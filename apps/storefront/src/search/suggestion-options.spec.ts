import type { ProductSummary } from '../products/product-types';
import { movedIndex, suggestionOptions } from './suggestion-options';

const product: ProductSummary = {
  id: '1',
  slug: 'trail-running-shoes',
  title: 'Trail Running Shoes',
  brand: 'Stride',
  price: { amount: 13000, currency: 'USD' },
  maxPrice: { amount: 13000, currency: 'USD' },
  image: null,
  inStock: true,
} as ProductSummary;

describe('suggestionOptions', () => {
  it('lists categories first, then products, each with where it leads', () => {
    const options = suggestionOptions({ categories: [{ slug: 'shoes', name: 'Shoes' }], products: [product] });
    expect(options.map(({ kind, href, label }) => ({ kind, href, label }))).toEqual([
      { kind: 'category', href: '/c/shoes', label: 'Shoes' },
      { kind: 'product', href: '/products/trail-running-shoes', label: 'Trail Running Shoes' },
    ]);
    expect(new Set(options.map((option) => option.key)).size).toBe(2);
  });
});

describe('movedIndex', () => {
  it('goes from the box to the first option down, the last one up', () => {
    expect(movedIndex(-1, 3, 1)).toBe(0);
    expect(movedIndex(-1, 3, -1)).toBe(2);
  });

  it('steps and wraps around', () => {
    expect(movedIndex(0, 3, 1)).toBe(1);
    expect(movedIndex(2, 3, 1)).toBe(0);
    expect(movedIndex(0, 3, -1)).toBe(2);
  });

  it('has nowhere to go without options, and recovers from an index past a shortened list', () => {
    expect(movedIndex(0, 0, 1)).toBe(-1);
    expect(movedIndex(5, 2, 1)).toBe(0);
  });
});
