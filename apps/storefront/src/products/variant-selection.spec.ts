import type { ProductDetail, ProductVariant } from './product-types';
import { initialSelection, missingOptions, optionAvailability, selectedVariant, variantBySku } from './variant-selection';

const variant = (sku: string, options: Record<string, string>, inStock = true): ProductVariant => ({
  id: sku,
  sku,
  options,
  price: { amount: 1900, currency: 'USD' },
  compareAtPrice: null,
  inStock,
} as ProductVariant);

const tee: Pick<ProductDetail, 'options' | 'variants'> = {
  options: [
    { name: 'Size', values: ['S', 'M', 'L'] },
    { name: 'Colour', values: ['White', 'Black'] },
  ],
  variants: [
    variant('TEE-S-WHITE', { Size: 'S', Colour: 'White' }),
    variant('TEE-M-WHITE', { Size: 'M', Colour: 'White' }, false),
    variant('TEE-M-BLACK', { Size: 'M', Colour: 'Black' }),
    variant('TEE-L-BLACK', { Size: 'L', Colour: 'Black' }),
  ],
};
const mug: Pick<ProductDetail, 'options' | 'variants'> = { options: [], variants: [variant('MUG', {})] };

describe('variantBySku', () => {
  it('finds the variant whatever the case of the SKU', () => {
    expect(variantBySku(tee, 'tee-m-black')?.sku).toBe('TEE-M-BLACK');
    expect(variantBySku(tee, 'NOPE')).toBeNull();
    expect(variantBySku(tee, null)).toBeNull();
  });
});

describe('initialSelection', () => {
  it('starts from the variant in the URL', () => {
    expect(initialSelection(tee, 'TEE-L-BLACK')).toEqual({ Size: 'L', Colour: 'Black' });
  });

  it('chooses nothing for the shopper when there is a choice to make', () => {
    expect(initialSelection(tee, null)).toEqual({});
    expect(initialSelection(tee, 'UNKNOWN')).toEqual({});
  });

  it('takes the only variant of a product without options', () => {
    expect(selectedVariant(mug, initialSelection(mug, null))?.sku).toBe('MUG');
  });
});

describe('selectedVariant', () => {
  it('is the variant with every chosen value', () => {
    expect(selectedVariant(tee, { Size: 'M', Colour: 'White' })?.sku).toBe('TEE-M-WHITE');
  });

  it('is nothing while an option is unchosen or the combination does not exist', () => {
    expect(selectedVariant(tee, { Size: 'M' })).toBeNull();
    expect(selectedVariant(tee, { Size: 'S', Colour: 'Black' })).toBeNull();
  });
});

describe('optionAvailability', () => {
  it('disables values no variant has with the other choices and marks sold-out ones', () => {
    const [sizes, colours] = optionAvailability(tee, { Size: 'M', Colour: 'White' });
    expect(sizes?.values).toEqual([
      { value: 'S', availability: 'available' },
      { value: 'M', availability: 'out-of-stock' },
      { value: 'L', availability: 'unavailable' },
    ]);
    expect(colours?.values).toEqual([
      { value: 'White', availability: 'out-of-stock' },
      { value: 'Black', availability: 'available' },
    ]);
  });
});

describe('missingOptions', () => {
  it('names the options still to choose', () => {
    expect(missingOptions(tee, { Colour: 'Black' })).toEqual(['Size']);
    expect(missingOptions(mug, {})).toEqual([]);
  });
});
