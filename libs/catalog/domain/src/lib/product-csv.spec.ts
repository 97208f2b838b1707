import { productsFromCsv } from './product-csv';

const header = ['slug', 'title', 'status', 'categories', 'attributes', 'option1_name', 'option1_value', 'sku', 'price_USD', 'compare_at_USD', 'price_EUR'];
const row = (values: Partial<Record<string, string>>) => Object.fromEntries(header.map((column) => [column, values[column] ?? '']));

describe('productsFromCsv', () => {
  it('groups variant rows into products with their options, prices and attributes', () => {
    const result = productsFromCsv(header, [
      row({ slug: 'linen-shirt', title: 'Linen Shirt', status: 'active', categories: 'shirts; sale', attributes: 'Material=Linen;Fit=Relaxed', option1_name: 'Size', option1_value: 'S', sku: 'LS-S', price_USD: '54.00', compare_at_USD: '60', price_EUR: '51.50' }),
      row({ slug: 'linen-shirt', option1_name: 'Size', option1_value: 'M', sku: 'LS-M', price_USD: '54', price_EUR: '51.5' }),
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [shirt] = result.value;
    expect(shirt).toMatchObject({
      slug: 'linen-shirt',
      status: 'active',
      categories: ['shirts', 'sale'],
      attributes: [{ name: 'Material', value: 'Linen' }, { name: 'Fit', value: 'Relaxed' }],
      options: [{ name: 'Size', values: ['S', 'M'] }],
    });
    expect(shirt?.variants[0]?.prices).toEqual([
      { currency: 'USD', amount: 5400, compareAtAmount: 6000 },
      { currency: 'EUR', amount: 5150, compareAtAmount: null },
    ]);
  });

  it('names every bad row and column, with the header as row 1', () => {
    const result = productsFromCsv(header, [
      row({ slug: 'Bad Slug', title: 'X', sku: 'OK-1', price_USD: '1.999' }),
      row({ slug: 'fine', title: 'Fine', sku: 'OK-1', price_USD: '5', compare_at_USD: '4', status: 'live' }),
      row({ slug: 'fine', sku: 'OK 2', option1_name: 'Size', price_USD: 'abc' }),
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((error) => [error.row, error.column])).toEqual(
      expect.arrayContaining([
        [2, 'slug'],
        [2, 'price_USD'],
        [3, 'sku'],
        [3, 'compare_at_USD'],
        [3, 'status'],
        [4, 'sku'],
        [4, 'option1_value'],
        [4, 'price_USD'],
      ]),
    );
  });

  it('refuses unknown or missing columns before reading rows', () => {
    const result = productsFromCsv(['slug', 'title', 'colour'], []);
    expect(result).toEqual({
      ok: false,
      error: [
        { row: 1, column: 'sku', message: 'this column is required' },
        { row: 1, column: 'colour', message: 'is not a column of the product CSV' },
      ],
    });
  });

  it('reads a product’s tax class, and takes a file without the column as standard', () => {
    const withClass = [...header, 'tax_class'];
    const result = productsFromCsv(withClass, [
      { ...row({ slug: 'novel', title: 'Novel', option1_name: 'Cover', option1_value: 'Hardback', sku: 'NOVEL-1', price_USD: '12' }), tax_class: 'reduced' },
      { ...row({ slug: 'novel', option1_name: 'Cover', option1_value: 'Paperback', sku: 'NOVEL-2', price_USD: '12' }), tax_class: '' },
      { ...row({ slug: 'mug', title: 'Mug', sku: 'MUG', price_USD: '9' }), tax_class: '' },
    ]);
    expect(result.ok ? result.value.map((draft) => [draft.slug, draft.taxClass]) : result.error).toEqual([
      ['novel', 'reduced'],
      ['mug', 'standard'],
    ]);
    const older = productsFromCsv(header, [row({ slug: 'mug', title: 'Mug', sku: 'MUG', price_USD: '9' })]);
    expect(older.ok && older.value[0]?.taxClass).toBe('standard');
  });

  it('refuses a malformed tax class, or one that differs between rows of a product', () => {
    const withClass = [...header, 'tax_class'];
    const result = productsFromCsv(withClass, [
      { ...row({ slug: 'novel', title: 'Novel', sku: 'NOVEL-1', price_USD: '12' }), tax_class: 'Standard Rate!' },
      { ...row({ slug: 'mug', title: 'Mug', option1_name: 'Colour', option1_value: 'Blue', sku: 'MUG-1', price_USD: '9' }), tax_class: 'standard' },
      { ...row({ slug: 'mug', option1_name: 'Colour', option1_value: 'Red', sku: 'MUG-2', price_USD: '9' }), tax_class: 'zero' },
    ]);
    expect(result.ok ? [] : result.error.map((error) => [error.row, error.column])).toEqual([
      [2, 'tax_class'],
      [4, 'tax_class'],
    ]);
  });

  it('finds two variants of a product with the same options', () => {
    const result = productsFromCsv(header, [
      row({ slug: 'tee', title: 'Tee', option1_name: 'Size', option1_value: 'M', sku: 'TEE-1', price_USD: '10' }),
      row({ slug: 'tee', option1_name: 'Size', option1_value: 'M', sku: 'TEE-2', price_USD: '10' }),
    ]);
    expect(result.ok ? [] : result.error).toEqual([{ row: 3, column: null, message: 'has the same options as another variant of this product' }]);
  });
});
