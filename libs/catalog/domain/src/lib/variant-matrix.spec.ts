import fc from 'fast-check';
import {
  findVariant,
  isValidSku,
  type OptionSelection,
  type ProductOption,
  selectableValues,
  validateVariants,
  type VariantChoice,
  type VariantStatus,
} from './variant-matrix';

interface TestVariant extends VariantChoice {
  readonly sku: string;
}

const options: ProductOption[] = [
  { name: 'Size', values: ['S', 'M', 'L'] },
  { name: 'Color', values: ['Red', 'Blue'] },
];

function variant(sku: string, Size: string, Color: string, status: VariantStatus = 'active', inStock = true): TestVariant {
  return { sku, optionValues: { Size, Color }, status, inStock };
}

const variants: TestVariant[] = [
  variant('TEE-S-RED', 'S', 'Red'),
  variant('TEE-S-BLUE', 'S', 'Blue', 'active', false),
  variant('TEE-M-RED', 'M', 'Red', 'archived'),
  variant('TEE-L-BLUE', 'L', 'Blue'),
];

function availabilityOf(result: ReturnType<typeof selectableValues>, option: string): Record<string, string> {
  const found = result.find((entry) => entry.name === option);
  return Object.fromEntries((found?.values ?? []).map((entry) => [entry.value, entry.availability]));
}

describe('selectableValues', () => {
  it('offers every value that some variant is in stock for when nothing is chosen', () => {
    const result = selectableValues(options, variants, {});
    expect(availabilityOf(result, 'Size')).toEqual({ S: 'available', M: 'unavailable', L: 'available' });
    expect(availabilityOf(result, 'Color')).toEqual({ Red: 'available', Blue: 'available' });
  });

  it('disables sizes that do not exist in the chosen colour, counting archived variants as gone', () => {
    const result = selectableValues(options, variants, { Color: 'Red' });
    expect(availabilityOf(result, 'Size')).toEqual({ S: 'available', M: 'unavailable', L: 'unavailable' });
  });

  it('tells an out-of-stock combination apart from one that does not exist', () => {
    const result = selectableValues(options, variants, { Size: 'S' });
    expect(availabilityOf(result, 'Color')).toEqual({ Red: 'available', Blue: 'out-of-stock' });
  });

  it('lets the shopper switch the value of an option already chosen', () => {
    const result = selectableValues(options, variants, { Size: 'S', Color: 'Blue' });
    expect(availabilityOf(result, 'Size')).toEqual({ S: 'out-of-stock', M: 'unavailable', L: 'available' });
  });

  it('ignores a selection for an option the product does not have', () => {
    expect(selectableValues(options, variants, { Fit: 'Slim' })).toEqual(selectableValues(options, variants, {}));
  });
});

describe('findVariant', () => {
  it('finds the variant with exactly the selected values', () => {
    expect(findVariant(variants, { Size: 'L', Color: 'Blue' })?.sku).toBe('TEE-L-BLUE');
  });

  it('finds nothing for a partial selection or a combination that does not exist', () => {
    expect(findVariant(variants, { Size: 'L' })).toBeNull();
    expect(findVariant(variants, { Size: 'L', Color: 'Red' })).toBeNull();
    expect(findVariant(variants, { Size: 'L', Color: 'Blue', Fit: 'Slim' })).toBeNull();
  });

  it('prefers the active variant over an archived one with the same values', () => {
    const replaced = [variant('OLD', 'M', 'Red', 'archived'), variant('NEW', 'M', 'Red')];
    expect(findVariant(replaced, { Size: 'M', Color: 'Red' })?.sku).toBe('NEW');
    expect(findVariant([variant('OLD', 'M', 'Red', 'archived')], { Size: 'M', Color: 'Red' })?.status).toBe('archived');
  });

  it('finds the single variant of a product without options', () => {
    const only: TestVariant = { sku: 'MUG', optionValues: {}, status: 'active', inStock: true };
    expect(findVariant([only], {})).toBe(only);
  });
});

/** Options Size/Color/Fit with a few values each, variants over them (some values missing or off-list), a partial selection. */
const matrix = fc
  .integer({ min: 1, max: 3 })
  .chain((optionCount) => {
    const names = ['Size', 'Color', 'Fit'].slice(0, optionCount);
    const generated = fc.tuple(...names.map((name) => fc.integer({ min: 1, max: 3 }).map((count) => ({ name, values: ['a', 'b', 'c'].slice(0, count) }))));
    const pick = fc.constantFrom('a', 'b', 'c', 'x');
    const selection = fc.dictionary(fc.constantFrom(...names), pick, { maxKeys: names.length });
    const variant = fc.record({
      optionValues: fc.dictionary(fc.constantFrom(...names), pick, { minKeys: names.length - 1 }),
      status: fc.constantFrom<VariantStatus>('active', 'archived'),
      inStock: fc.boolean(),
    });
    return fc.tuple(generated, fc.array(variant, { maxLength: 12 }), selection);
  });

function agrees(candidate: VariantChoice, selection: OptionSelection, except: string, value: string): boolean {
  return (
    candidate.optionValues[except] === value &&
    Object.entries(selection).every(([option, chosen]) => option === except || candidate.optionValues[option] === chosen)
  );
}

describe('selectableValues, for any product', () => {
  it('only calls a value available when an active, in-stock variant has it along with the other choices', () => {
    fc.assert(
      fc.property(matrix, ([productOptions, productVariants, selection]) => {
        for (const option of selectableValues(productOptions, productVariants, selection)) {
          for (const { value, availability } of option.values) {
            const onSale = productVariants.filter((v) => v.status === 'active' && agrees(v, selection, option.name, value));
            const expected = onSale.some((v) => v.inStock) ? 'available' : onSale.length > 0 ? 'out-of-stock' : 'unavailable';
            expect(availability).toBe(expected);
          }
        }
      }),
    );
  });

  it('does not depend on the value already chosen for the option itself', () => {
    fc.assert(
      fc.property(matrix, ([productOptions, productVariants, selection]) => {
        const result = selectableValues(productOptions, productVariants, selection);
        for (const option of productOptions) {
          const { [option.name]: _dropped, ...others } = selection;
          const without = selectableValues(productOptions, productVariants, others);
          expect(result.find((entry) => entry.name === option.name)).toEqual(without.find((entry) => entry.name === option.name));
        }
      }),
    );
  });
});

describe('validateVariants', () => {
  const product = (list: { sku: string; optionValues: OptionSelection; status?: VariantStatus }[]) =>
    validateVariants(
      options,
      list.map((entry) => ({ status: 'active', ...entry })),
    );

  it('finds nothing wrong with a sound product', () => {
    expect(validateVariants(options, variants)).toEqual([]);
  });

  it('names a variant missing a value, using a value the option lacks, or an option the product lacks', () => {
    expect(product([{ sku: 'A', optionValues: { Size: 'XL', Fit: 'Slim' } }])).toEqual([
      { type: 'UnknownOptionValue', variantIndex: 0, option: 'Size', value: 'XL' },
      { type: 'MissingOptionValue', variantIndex: 0, option: 'Color' },
      { type: 'UnknownOption', variantIndex: 0, option: 'Fit' },
    ]);
  });

  it('refuses two active variants with the same combination, but not a replaced archived one', () => {
    expect(
      product([
        { sku: 'A', optionValues: { Size: 'S', Color: 'Red' } },
        { sku: 'B', optionValues: { Color: 'Red', Size: 'S' } },
        { sku: 'C', optionValues: { Size: 'S', Color: 'Red' }, status: 'archived' },
      ]),
    ).toEqual([{ type: 'DuplicateCombination', variantIndexes: [0, 1], combination: { Size: 'S', Color: 'Red' } }]);
  });

  it('refuses SKUs that differ only in case, archived or not', () => {
    expect(
      product([
        { sku: 'tee-s', optionValues: { Size: 'S', Color: 'Red' } },
        { sku: 'TEE-S', optionValues: { Size: 'M', Color: 'Red' }, status: 'archived' },
      ]),
    ).toEqual([{ type: 'DuplicateSku', variantIndexes: [0, 1], sku: 'tee-s' }]);
  });

  it('refuses a badly formed SKU', () => {
    expect(product([{ sku: 'TEE S', optionValues: { Size: 'S', Color: 'Red' } }])).toEqual([
      { type: 'InvalidSku', variantIndex: 0, sku: 'TEE S' },
    ]);
  });

  it('refuses an option named twice or a value listed twice', () => {
    expect(
      validateVariants(
        [
          { name: 'Size', values: ['S', 'S'] },
          { name: 'Size', values: ['M'] },
        ],
        [],
      ),
    ).toEqual([
      { type: 'DuplicateOptionValue', option: 'Size', value: 'S' },
      { type: 'DuplicateOptionName', option: 'Size' },
    ]);
  });
});

describe('isValidSku', () => {
  it('accepts 1 to 64 letters, digits, hyphens, underscores and dots', () => {
    for (const good of ['A', 'TEE-S_RED.2', 'tee-s', 'X'.repeat(64)]) expect(isValidSku(good)).toBe(true);
    for (const bad of ['', 'X'.repeat(65), 'TEE S', 'TÉE', 'TEE/1', 'TEE\n']) expect(isValidSku(bad)).toBe(false);
  });
});
