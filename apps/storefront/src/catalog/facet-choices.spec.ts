import type { FacetCategory } from '../products/product-types';
import { categoryBranch, facetChoices, facetNames, facetsAreEmpty, priceChoices } from './facet-choices';

describe('facetChoices', () => {
  it('offers the counted values in order, ticking the selected ones', () => {
    expect(facetChoices([{ value: 'northfield', label: 'Northfield', count: 5 }, { value: 'stride', label: 'Stride', count: 2 }], ['stride'])).toEqual([
      { value: 'northfield', label: 'Northfield', count: 5, checked: false },
      { value: 'stride', label: 'Stride', count: 2, checked: true },
    ]);
  });

  it('keeps a ticked value nothing matches any more, so it can be unticked', () => {
    expect(facetChoices([{ value: 'M', count: 3 }], ['XXL'])).toEqual([
      { value: 'M', label: 'M', count: 3, checked: false },
      { value: 'XXL', label: 'XXL', count: 0, checked: true },
    ]);
  });
});

describe('facetNames', () => {
  it('adds names the URL filters by after the counted ones', () => {
    expect(facetNames([{ name: 'Size' }], { Colour: ['Red'], Size: ['M'] })).toEqual(['Size', 'Colour']);
  });
});

describe('priceChoices', () => {
  const buckets = [
    { from: 0, to: 5000, count: 10 },
    { from: 5000, to: 10000, count: 4 },
  ];

  it('turns each bucket into an inclusive range and ticks the one in the URL', () => {
    const { choices, custom } = priceChoices(buckets, 5000, 9999);
    expect(choices.map((choice) => [choice.priceMin, choice.priceMax, choice.checked])).toEqual([
      [0, 4999, false],
      [5000, 9999, true],
    ]);
    expect(custom).toBeNull();
  });

  it('leaves out empty buckets unless ticked', () => {
    const withEmpty = [...buckets, { from: 10000, to: 15000, count: 0 }];
    expect(priceChoices(withEmpty, undefined, undefined).choices).toHaveLength(2);
    expect(priceChoices(withEmpty, 10000, 14999).choices.map((choice) => choice.checked)).toEqual([false, false, true]);
  });

  it('offers a range from the URL that is no bucket as its own choice', () => {
    expect(priceChoices(buckets, 1000, undefined).custom).toEqual({ priceMin: 1000, priceMax: undefined, bucket: null, count: null, checked: true });
    expect(priceChoices(buckets, undefined, undefined).custom).toBeNull();
  });
});

describe('categoryBranch', () => {
  const category = (id: string, parentId: string | null, count: number): FacetCategory => ({ id, slug: id, name: id.toUpperCase(), parentId, count });
  const counted = [category('clothing', null, 9), category('tops', 'clothing', 6), category('tees', 'tops', 4), category('bottoms', 'clothing', 3), category('home', null, 2)];

  it('nests the subcategories of the current category', () => {
    expect(categoryBranch(counted, 'clothing')).toEqual([
      { slug: 'tops', name: 'TOPS', count: 6, children: [{ slug: 'tees', name: 'TEES', count: 4, children: [] }] },
      { slug: 'bottoms', name: 'BOTTOMS', count: 3, children: [] },
    ]);
    expect(categoryBranch(counted, 'tees')).toEqual([]);
    expect(categoryBranch(counted, 'unknown')).toEqual([]);
  });

  it('starts from the top-level categories when there is no current one', () => {
    expect(categoryBranch(counted, undefined).map((node) => node.slug)).toEqual(['clothing', 'home']);
  });

  it('shows two levels at once; deeper ones are a click away', () => {
    const [clothing] = categoryBranch(counted, undefined);
    expect(clothing?.children.map((child) => [child.slug, child.children.length])).toEqual([
      ['tops', 0],
      ['bottoms', 0],
    ]);
    expect(categoryBranch(counted, 'clothing', 1).map((node) => node.children.length)).toEqual([0, 0]);
  });

  it('never loops on a malformed tree', () => {
    const looped = [category('a', 'b', 1), category('b', 'a', 1)];
    expect(categoryBranch(looped, 'a')).toEqual([{ slug: 'b', name: 'B', count: 1, children: [] }]);
  });
});

describe('facetsAreEmpty', () => {
  it('is true only when no facet has anything to offer', () => {
    const none = { brands: [], categories: [], prices: [], options: [], attributes: [] };
    expect(facetsAreEmpty(none)).toBe(true);
    expect(facetsAreEmpty(null)).toBe(true);
    expect(facetsAreEmpty({ ...none, prices: [{ from: 0, to: 100, count: 1 }] })).toBe(false);
  });
});
