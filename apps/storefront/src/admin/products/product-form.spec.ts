import {
  attributesFromRows,
  blockerText,
  detailsDraft,
  detailsUpdate,
  optionSummary,
  optionValueRows,
  statusActionLabel,
  suggestedSlug,
  variantDraft,
  variantUpdate,
  variantValues,
} from './product-form';

const product = {
  title: 'Classic Tee',
  slug: 'classic-tee',
  description: 'Soft.',
  brand: { id: 'b1', slug: 'northfield', name: 'Northfield' },
  seoTitle: null,
  seoDescription: null,
  taxClass: 'standard',
};

describe('detailsUpdate', () => {
  it('sends only the changed fields', () => {
    const initial = detailsDraft(product);
    expect(detailsUpdate(initial, { ...initial, title: '  Classic White Tee ' })).toEqual({ title: 'Classic White Tee' });
    expect(detailsUpdate(initial, initial)).toEqual({});
  });

  it('sends a changed tax class, and a cleared one as the default class', () => {
    const initial = detailsDraft({ ...product, taxClass: 'reduced' });
    expect(detailsUpdate(initial, { ...initial, taxClass: ' zero ' })).toEqual({ taxClass: 'zero' });
    expect(detailsUpdate(initial, { ...initial, taxClass: '' })).toEqual({ taxClass: 'standard' });
    expect(detailsUpdate(detailsDraft(product), { ...detailsDraft(product), taxClass: ' ' })).toEqual({});
  });

  it('sends a cleared brand or SEO field as null', () => {
    const initial = detailsDraft(product);
    expect(detailsUpdate(initial, { ...initial, brand: ' ', seoTitle: 'Tee for summer' })).toEqual({ brand: null, seoTitle: 'Tee for summer' });
  });
});

describe('attributesFromRows', () => {
  it('trims, drops blank rows and marks half-filled or repeated ones', () => {
    const { attributes, problems } = attributesFromRows([
      { name: ' Material ', value: 'Linen ' },
      { name: '', value: '' },
      { name: 'Fit', value: '' },
      { name: 'material', value: 'linen' },
    ]);
    expect(attributes).toEqual([
      { name: 'Material', value: 'Linen' },
      { name: 'material', value: 'linen' },
    ]);
    expect([...problems]).toEqual([
      [2, 'Give it a value'],
      [3, 'This attribute is listed twice'],
    ]);
  });
});

describe('variant drafts', () => {
  const variant = { sku: 'TEE-M', barcode: null, weightGrams: 200, optionValues: { Size: 'M' } };

  it('checks the fields the API would refuse', () => {
    const result = variantValues({ sku: ' ', barcode: '12', weightGrams: '1.5', optionValues: {} }, ['Size']);
    expect(result).toEqual({
      ok: false,
      problems: { sku: 'Enter a SKU', barcode: 'A barcode is 8 to 14 digits', weightGrams: 'Enter whole grams, up to 1,000,000', 'optionValues.Size': 'Choose a Size' },
    });
  });

  it('sends only what changed', () => {
    const initial = variantDraft(variant);
    const edited = variantValues({ ...initial, weightGrams: '250', barcode: '' }, ['Size']);
    expect(edited.ok && variantUpdate(initial, edited.value, ['Size'])).toEqual({ weightGrams: 250 });
    const recoded = variantValues({ ...initial, optionValues: { Size: 'L' }, barcode: '12345678' }, ['Size']);
    expect(recoded.ok && variantUpdate(initial, recoded.value, ['Size'])).toEqual({ barcode: '12345678', optionValues: { Size: 'L' } });
  });
});

describe('labels', () => {
  it('names status moves as a merchant would', () => {
    expect(statusActionLabel('draft', 'active')).toBe('Publish');
    expect(statusActionLabel('archived', 'active')).toBe('Restore');
    expect(statusActionLabel('active', 'archived')).toBe('Archive');
    expect(statusActionLabel('active', 'draft')).toMatch(/draft/);
  });

  it('explains publish blockers', () => {
    expect(blockerText({ type: 'VariantWithoutPrice', sku: 'TEE-M' })).toBe('Variant TEE-M needs a price.');
  });

  it('summarises a variant’s options', () => {
    expect(optionSummary({ Size: 'M', Colour: 'Blue' })).toBe('Size: M · Colour: Blue');
    expect(optionSummary({})).toBe('Default');
  });

  it('suggests a slug from a title', () => {
    expect(suggestedSlug('Linen Shirt — Blue!')).toBe('linen-shirt-blue');
  });
});

describe('optionValueRows', () => {
  it('keeps ids of existing values and drops blank rows', () => {
    expect(optionValueRows([{ id: 'v1', value: ' S ' }, { value: '' }, { value: 'XL' }])).toEqual([{ id: 'v1', value: 'S' }, { value: 'XL' }]);
  });
});
