import fc from 'fast-check';
import { type ListingQueryInput, MAX_FACET_VALUES, validateListingQuery } from './listing-query';

const base: ListingQueryInput = { currency: 'USD' };

function errorsOf(raw: ListingQueryInput) {
  const result = validateListingQuery(raw);
  return result.ok ? [] : result.error;
}

function valueOf(raw: ListingQueryInput) {
  const result = validateListingQuery(raw);
  if (!result.ok) throw new Error(`expected a valid query, got ${JSON.stringify(result.error)}`);
  return result.value;
}

const many = (count: number) => Array.from({ length: count }, (_, index) => `v${index}`);

describe('validateListingQuery', () => {
  it('fills in the defaults for a bare listing', () => {
    expect(valueOf(base)).toEqual({
      brands: [],
      options: {},
      attributes: {},
      inStockOnly: false,
      sort: 'newest',
      limit: 20,
      currency: 'USD',
    });
  });

  it('sorts a search by relevance unless told otherwise', () => {
    expect(valueOf({ ...base, q: ' red shoes ' })).toMatchObject({ q: 'red shoes', sort: 'relevance' });
    expect(valueOf({ ...base, q: 'red shoes', sort: 'price-asc' }).sort).toBe('price-asc');
  });

  it('falls back to newest when asked for relevance without search text', () => {
    expect(valueOf({ ...base, sort: 'relevance' }).sort).toBe('newest');
    expect(valueOf({ ...base, q: "  '&!  ", sort: 'relevance' })).toMatchObject({ sort: 'newest' });
    expect(valueOf({ ...base, q: "'&!" }).q).toBeUndefined();
  });

  it('refuses an unknown sort, naming the field', () => {
    expect(errorsOf({ ...base, sort: 'cheapest' })).toEqual([{ path: 'sort', message: 'must be one of relevance, price-asc, price-desc, newest' }]);
  });

  it('refuses a page size outside 1 to 100 or not whole', () => {
    for (const limit of [0, -1, 101, 1.5, Number.NaN]) expect(errorsOf({ ...base, limit }).map((error) => error.path)).toEqual(['limit']);
    expect(valueOf({ ...base, limit: 1 }).limit).toBe(1);
    expect(valueOf({ ...base, limit: 100 }).limit).toBe(100);
  });

  it('refuses negative or fractional price bounds and a minimum above the maximum', () => {
    expect(errorsOf({ ...base, priceMin: -1, priceMax: -5 })).toEqual([
      { path: 'priceMin', message: 'must not be negative' },
      { path: 'priceMax', message: 'must not be negative' },
    ]);
    expect(errorsOf({ ...base, priceMin: 9.99 })).toEqual([{ path: 'priceMin', message: 'must be a whole number of minor units' }]);
    expect(errorsOf({ ...base, priceMin: 5_000, priceMax: 1_000 })).toEqual([{ path: 'priceMin', message: 'must not be above priceMax' }]);
    expect(valueOf({ ...base, priceMin: 1_000, priceMax: 1_000 })).toMatchObject({ priceMin: 1_000, priceMax: 1_000 });
  });

  it('refuses more than 50 values for one facet, naming it', () => {
    expect(
      errorsOf({
        ...base,
        brands: many(MAX_FACET_VALUES + 1),
        options: { Size: many(MAX_FACET_VALUES + 1), Color: ['Red'] },
        attributes: { Material: many(MAX_FACET_VALUES + 1) },
      }).map((error) => error.path),
    ).toEqual(['brands', 'options.Size', 'attributes.Material']);
    expect(errorsOf({ ...base, brands: many(MAX_FACET_VALUES) })).toEqual([]);
  });

  it('counts a repeated filter value once and drops empty filters', () => {
    const query = valueOf({
      ...base,
      brands: [...Array(60).fill('acme'), ''],
      options: { Size: ['M', 'M', 'L'], Color: [] },
      category: ' ',
    });
    expect(query).toMatchObject({ brands: ['acme'], options: { Size: ['M', 'L'] } });
    expect(query.category).toBeUndefined();
  });

  it('accepts a lower-case currency and refuses one that is not a code', () => {
    expect(valueOf({ currency: 'eur' }).currency).toBe('EUR');
    expect(errorsOf({ currency: 'euro' })).toEqual([{ path: 'currency', message: 'must be a three-letter currency code' }]);
  });

  it('keeps a facet named __proto__ as data', () => {
    const options = JSON.parse('{"__proto__": ["x"]}') as Record<string, string[]>;
    const query = valueOf({ ...base, options });
    expect(Object.getPrototypeOf(query.options)).toBe(Object.prototype);
    expect(Object.entries(query.options)).toEqual([['__proto__', ['x']]]);
  });

  it('reports every broken rule at once', () => {
    expect(errorsOf({ currency: 'x', limit: 0, sort: 'best' }).map((error) => error.path)).toEqual(['limit', 'sort', 'currency']);
  });

  it('only ever yields a query inside the rules, for any input', () => {
    const input = fc.record(
      {
        q: fc.string({ maxLength: 20 }),
        priceMin: fc.integer({ min: -10, max: 1_000 }),
        priceMax: fc.integer({ min: -10, max: 1_000 }),
        sort: fc.constantFrom('relevance', 'price-asc', 'price-desc', 'newest', 'best'),
        limit: fc.integer({ min: -5, max: 120 }),
        brands: fc.array(fc.constantFrom('a', 'b', ''), { maxLength: 5 }),
        currency: fc.constantFrom('USD', 'jpy', '??'),
      },
      { requiredKeys: ['currency'] },
    );
    fc.assert(
      fc.property(input, (raw) => {
        const result = validateListingQuery(raw);
        if (!result.ok) {
          expect(result.error.length).toBeGreaterThan(0);
          return;
        }
        const query = result.value;
        expect(query.limit).toBeGreaterThanOrEqual(1);
        expect(query.limit).toBeLessThanOrEqual(100);
        if (query.priceMin !== undefined) expect(query.priceMin).toBeGreaterThanOrEqual(0);
        if (query.priceMin !== undefined && query.priceMax !== undefined) expect(query.priceMin).toBeLessThanOrEqual(query.priceMax);
        if (query.sort === 'relevance') expect(query.q).toBeDefined();
        expect(query.brands).not.toContain('');
      }),
    );
  });
});
