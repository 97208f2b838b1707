import { EMPTY_LISTING, type ListingState } from './listing-state';
import { categoryPath, listingHref, listingSearchParams, MAX_PAGES_FROM_URL, parseListingParams } from './listing-url';

const parse = (query: string, pathCategory?: string) => parseListingParams(new URLSearchParams(query), pathCategory);

const filtered: ListingState = {
  ...EMPTY_LISTING,
  category: 'clothing',
  brands: ['northfield', 'stride'],
  options: { Size: ['M', 'L'] },
  attributes: { Material: ['Linen'] },
  priceMin: 2000,
  priceMax: 4999,
  priceCurrency: 'EUR',
  inStockOnly: true,
  sort: 'price-asc',
  pages: 2,
};

describe('parseListingParams', () => {
  it('reads every filter, the order and the page count', () => {
    expect(parse('brand=northfield&brand=stride&opt.Size=M&opt.Size=L&attr.Material=Linen&min=2000&max=4999&currency=EUR&stock=1&sort=price-asc&page=2', 'clothing')).toEqual(
      filtered,
    );
  });

  it('is the unfiltered listing for an empty query string', () => {
    expect(parse('')).toEqual(EMPTY_LISTING);
  });

  it('keeps option and attribute names as written, spaces included', () => {
    expect(parse('opt.Shoe+size=42&attr.Country+of+origin=Portugal')).toMatchObject({
      options: { 'Shoe size': ['42'] },
      attributes: { 'Country of origin': ['Portugal'] },
    });
  });

  it('takes the category from the path over the category parameter', () => {
    expect(parse('category=tops', 'clothing').category).toBe('clothing');
    expect(parse('q=tee&category=tops').category).toBe('tops');
  });

  it('trims the search text and treats a blank one as no search', () => {
    expect(parse('q=++linen+').q).toBe('linen');
    expect(parse('q=+++')).not.toHaveProperty('q');
  });

  it('drops values the API would refuse instead of failing', () => {
    const state = parse('brand=Not+A+Slug&brand=ok&category=..%2Fetc&min=-5&max=abc&sort=cheapest&page=-1&stock=yes&opt.=M&opt.Size=');
    expect(state).toEqual({ ...EMPTY_LISTING, brands: ['ok'] });
  });

  it('drops a price range whose minimum is above its maximum', () => {
    const state = parse('min=5000&max=1000');
    expect(state).not.toHaveProperty('priceMin');
    expect(state).not.toHaveProperty('priceMax');
  });

  it('reads price bounds without a currency, from links older than the choice of currency, as US dollars', () => {
    expect(parse('min=2500&max=4999')).toMatchObject({ priceMin: 2500, priceMax: 4999, priceCurrency: 'USD' });
    expect(parse('max=4999&currency=EUR')).toEqual({ ...EMPTY_LISTING, priceMax: 4999, priceCurrency: 'EUR' });
  });

  it('drops price bounds whose currency is not a currency code, and a currency without bounds', () => {
    expect(parse('min=2500&max=4999&currency=euro')).toEqual(EMPTY_LISTING);
    expect(parse('min=2500&currency=eur')).toEqual(EMPTY_LISTING);
    expect(parse('currency=EUR')).toEqual(EMPTY_LISTING);
  });

  it('counts a repeated value once and caps the pages a link can ask for', () => {
    expect(parse('brand=stride&brand=stride').brands).toEqual(['stride']);
    expect(parse('page=500').pages).toBe(MAX_PAGES_FROM_URL);
  });
});

describe('listingSearchParams', () => {
  it('writes each filter once, in a fixed order, leaving defaults out', () => {
    expect(listingSearchParams(filtered).toString()).toBe(
      'category=clothing&brand=northfield&brand=stride&opt.Size=M&opt.Size=L&attr.Material=Linen&min=2000&max=4999&currency=EUR&stock=1&sort=price-asc&page=2',
    );
    expect(listingSearchParams(EMPTY_LISTING).toString()).toBe('');
  });

  it('writes the currency only beside a price bound', () => {
    expect(listingSearchParams({ ...EMPTY_LISTING, priceMin: 0, priceCurrency: 'USD' }).toString()).toBe('min=0&currency=USD');
    expect(listingSearchParams({ ...EMPTY_LISTING, priceCurrency: 'USD' }).toString()).toBe('');
  });

  it('round-trips through parseListingParams', () => {
    const params = listingSearchParams(filtered, { includeCategory: false });
    expect(parseListingParams(params, 'clothing')).toEqual(filtered);
    const search: ListingState = { ...filtered, q: 'tee & socks', category: 'tops' };
    expect(parseListingParams(listingSearchParams(search))).toEqual(search);
  });
});

describe('listingHref', () => {
  it('puts a search under /search, with its category as a parameter', () => {
    expect(listingHref({ ...EMPTY_LISTING, q: 'sheos', category: 'footwear' })).toBe('/search?q=sheos&category=footwear');
  });

  it('puts a category listing under /c/:slug, without repeating the slug', () => {
    expect(listingHref({ ...EMPTY_LISTING, category: 'clothing', brands: ['northfield'] })).toBe('/c/clothing?brand=northfield');
  });

  it('lists everything under /products', () => {
    expect(listingHref(EMPTY_LISTING)).toBe('/products');
    expect(listingHref({ ...EMPTY_LISTING, inStockOnly: true })).toBe('/products?stock=1');
  });
});

describe('categoryPath', () => {
  it('encodes the slug', () => {
    expect(categoryPath('t-shirts')).toBe('/c/t-shirts');
  });
});
