import {
  activeFilterCount,
  clearFilters,
  EMPTY_LISTING,
  effectiveSort,
  inCurrency,
  type ListingState,
  nextPage,
  setCategory,
  setInStockOnly,
  setPriceRange,
  setSort,
  toggleBrand,
  toggleFacetValue,
} from './listing-state';

const onPageThree: ListingState = { ...EMPTY_LISTING, q: 'tee', pages: 3 };

describe('effectiveSort', () => {
  it('is relevance for a search and newest for a listing when nothing is chosen', () => {
    expect(effectiveSort({ q: 'tee' })).toBe('relevance');
    expect(effectiveSort({})).toBe('newest');
  });

  it('falls back to newest when relevance is asked for without search text', () => {
    expect(effectiveSort({ sort: 'relevance' })).toBe('newest');
    expect(effectiveSort({ sort: 'price-desc' })).toBe('price-desc');
  });
});

describe('changing the filters', () => {
  it('ticks and unticks a brand, back to the first page', () => {
    const ticked = toggleBrand(onPageThree, 'stride');
    expect(ticked).toMatchObject({ brands: ['stride'], pages: 1, q: 'tee' });
    expect(toggleBrand(ticked, 'stride').brands).toEqual([]);
  });

  it('ticks option values and drops an option left with none', () => {
    const state = toggleFacetValue(toggleFacetValue(onPageThree, 'options', 'Size', 'M'), 'options', 'Size', 'L');
    expect(state.options).toEqual({ Size: ['M', 'L'] });
    expect(state.pages).toBe(1);
    const cleared = toggleFacetValue(toggleFacetValue(state, 'options', 'Size', 'M'), 'options', 'Size', 'L');
    expect(cleared.options).toEqual({});
    expect(toggleFacetValue(EMPTY_LISTING, 'attributes', 'Material', 'Linen').attributes).toEqual({ Material: ['Linen'] });
  });

  it('sets a price range in a currency, and removes it', () => {
    const ranged = setPriceRange(onPageThree, 2500, 4999, 'EUR');
    expect(ranged).toMatchObject({ priceMin: 2500, priceMax: 4999, priceCurrency: 'EUR', pages: 1 });
    expect(setPriceRange(onPageThree, undefined, 999, 'USD')).toMatchObject({ priceMax: 999, priceCurrency: 'USD' });
    const open = setPriceRange(ranged, undefined, undefined, 'EUR');
    expect(open).toEqual({ ...onPageThree, pages: 1 });
  });

  it('leaves the default order out of the state', () => {
    expect(setSort(onPageThree, 'price-asc')).toMatchObject({ sort: 'price-asc', pages: 1 });
    expect(setSort({ ...onPageThree, sort: 'price-asc' }, 'relevance')).not.toHaveProperty('sort');
    expect(setSort(EMPTY_LISTING, 'newest')).not.toHaveProperty('sort');
  });

  it('moves to another category keeping the filters', () => {
    const state = setCategory({ ...onPageThree, brands: ['stride'] }, 'footwear');
    expect(state).toMatchObject({ category: 'footwear', brands: ['stride'], pages: 1 });
    expect(setCategory(state, undefined)).not.toHaveProperty('category');
  });

  it('clears the filters but keeps the search, the category and the order', () => {
    const state: ListingState = { ...EMPTY_LISTING, q: 'tee', category: 'tops', sort: 'newest', brands: ['a'], inStockOnly: true, priceMin: 1, pages: 2 };
    expect(clearFilters(state)).toEqual({ ...EMPTY_LISTING, q: 'tee', category: 'tops', sort: 'newest' });
  });
});

describe('inCurrency', () => {
  const inDollars = setPriceRange({ ...onPageThree, brands: ['stride'] }, 2500, 4999, 'USD');

  it('drops a price range set in another currency, keeping every other choice, from the first page', () => {
    expect(inCurrency({ ...inDollars, pages: 2 }, 'EUR')).toEqual({ ...onPageThree, brands: ['stride'], pages: 1 });
  });

  it('leaves a listing alone — the very same object — when its price range is in the currency, or it has none', () => {
    expect(inCurrency(inDollars, 'USD')).toBe(inDollars);
    expect(inCurrency(onPageThree, 'EUR')).toBe(onPageThree);
  });
});

describe('activeFilterCount', () => {
  it('counts each ticked value, a price range once and the stock toggle', () => {
    const state = setInStockOnly(setPriceRange(toggleFacetValue(toggleBrand(EMPTY_LISTING, 'a'), 'options', 'Size', 'M'), 0, 999, 'USD'), true);
    expect(activeFilterCount(state)).toBe(4);
    expect(activeFilterCount({ ...EMPTY_LISTING, q: 'tee', category: 'tops', sort: 'newest' })).toBe(0);
  });
});

describe('nextPage', () => {
  it('shows one page more', () => {
    expect(nextPage(onPageThree).pages).toBe(4);
  });
});
