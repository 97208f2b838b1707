import { EMPTY_LISTING } from './listing-state';
import { searchInput } from './search-input';

describe('searchInput', () => {
  it('asks only for the page size and the currency when nothing is chosen', () => {
    expect(searchInput({ ...EMPTY_LISTING, pages: 3 }, 12, 'USD')).toEqual({ limit: 12, currency: 'USD' });
    expect(searchInput(EMPTY_LISTING, 12, 'EUR')).toEqual({ limit: 12, currency: 'EUR' });
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
        priceCurrency: 'EUR',
        inStockOnly: true,
        sort: 'price-desc',
        pages: 1,
      },
      24,
      'EUR',
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
      currency: 'EUR',
    });
  });

  it('never sends price bounds set in another currency', () => {
    const inDollars = { ...EMPTY_LISTING, priceMin: 2500, priceMax: 4999, priceCurrency: 'USD' };
    expect(searchInput(inDollars, 12, 'EUR')).toEqual({ limit: 12, currency: 'EUR' });
    expect(searchInput(inDollars, 12, 'USD')).toEqual({ priceMin: 2500, priceMax: 4999, limit: 12, currency: 'USD' });
  });
});
