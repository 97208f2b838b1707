import { EMPTY_LISTING } from './listing-state';
import { searchInput } from './search-input';

describe('searchInput', () => {
  it('asks only for the page size when nothing is chosen', () => {
    expect(searchInput({ ...EMPTY_LISTING, pages: 3 }, 12)).toEqual({ limit: 12, currency: 'USD' });
  });

  it('passes every chosen filter under the names the API uses', () => {
    const input = searchInput(
      {
        q: 'shoes',
        category: 'footwear',
        brands: ['stride'],
        options: { Size: ['42'] },
        attributes: { Material: ['Leather'] },
        priceMin: 0,
        priceMax: 9999,
        inStockOnly: true,
        sort: 'price-desc',
        pages: 1,
      },
      24,
    );
    expect(input).toEqual({
      q: 'shoes',
      category: 'footwear',
      brands: ['stride'],
      options: { Size: ['42'] },
      attributes: { Material: ['Leather'] },
      priceMin: 0,
      priceMax: 9999,
      inStockOnly: true,
      sort: 'price-desc',
      limit: 24,
      currency: 'USD',
    });
  });
});
