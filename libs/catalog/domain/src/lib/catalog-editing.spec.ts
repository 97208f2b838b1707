import { type Money, parseCurrencyCode } from '@emporium/money';
import { canDeleteCategory, checkLiveProduct, checkNewOrder, describeVariantProblem } from './catalog-editing';

const price: Money = { amount: 1_000, currency: parseCurrencyCode('USD')! };

describe('checkNewOrder', () => {
  it('accepts the same ids in any order', () => {
    expect(checkNewOrder(['a', 'b', 'c'], ['c', 'a', 'b'])).toEqual({ ok: true });
    expect(checkNewOrder([], [])).toEqual({ ok: true });
  });

  it('names ids left out, ids not in the list and ids given twice', () => {
    expect(checkNewOrder(['a', 'b', 'c'], ['b', 'x', 'b'])).toEqual({ ok: false, error: { missing: ['a', 'c'], unknown: ['x'], repeated: ['b'] } });
  });
});

describe('checkLiveProduct', () => {
  const unsellable = { title: 'Mug', slug: 'mug', variants: [{ sku: 'MUG', status: 'active' as const, prices: [] }] };

  it('keeps a live product sellable', () => {
    expect(checkLiveProduct('active', unsellable)).toEqual({ ok: false, error: [{ type: 'VariantWithoutPrice', sku: 'MUG' }] });
    expect(checkLiveProduct('active', { ...unsellable, variants: [{ sku: 'MUG', status: 'archived', prices: [price] }] })).toEqual({
      ok: false,
      error: [{ type: 'NoActiveVariant' }],
    });
    expect(checkLiveProduct('active', { ...unsellable, variants: [{ sku: 'MUG', status: 'active', prices: [price] }] })).toEqual({ ok: true });
  });

  it('lets drafts and archived products be incomplete while they are reworked', () => {
    expect(checkLiveProduct('draft', unsellable)).toEqual({ ok: true });
    expect(checkLiveProduct('archived', { ...unsellable, variants: [] })).toEqual({ ok: true });
  });
});

describe('canDeleteCategory', () => {
  it('deletes only an empty category', () => {
    expect(canDeleteCategory({ children: 0, products: 0 })).toEqual({ ok: true });
    expect(canDeleteCategory({ children: 2, products: 0 })).toEqual({ ok: false, error: { type: 'CategoryNotEmpty', children: 2, products: 0 } });
    expect(canDeleteCategory({ children: 0, products: 1 })).toEqual({ ok: false, error: { type: 'CategoryNotEmpty', children: 0, products: 1 } });
  });
});

describe('describeVariantProblem', () => {
  const skus = ['TEE-S', 'TEE-M'];
  const skuAt = (index: number) => skus[index] ?? '?';

  it('names the variants by SKU', () => {
    expect(describeVariantProblem({ type: 'DuplicateCombination', variantIndexes: [0, 1], combination: { Size: 'S' } }, skuAt)).toBe(
      'TEE-S and TEE-M would have the same options; archive one of them first',
    );
    expect(describeVariantProblem({ type: 'MissingOptionValue', variantIndex: 1, option: 'Colour' }, skuAt)).toBe('TEE-M needs a value for "Colour"');
  });
});
