import { DEFAULT_TAX_CLASS, isValidTaxClass, SUGGESTED_TAX_CLASSES } from './tax-class';

describe('isValidTaxClass', () => {
  it('accepts the suggested classes and the default', () => {
    for (const taxClass of [...SUGGESTED_TAX_CLASSES, DEFAULT_TAX_CLASS]) expect(isValidTaxClass(taxClass)).toBe(true);
  });

  it('accepts lower-case names with digits, hyphens and underscores up to 32 characters', () => {
    expect(isValidTaxClass('food_2024-reduced')).toBe(true);
    expect(isValidTaxClass(`a${'b'.repeat(31)}`)).toBe(true);
  });

  it('refuses names a rate table could not key on', () => {
    for (const bad of ['', 'Standard Rate!', 'Standard', '1st', '-reduced', 'zero rate', `a${'b'.repeat(32)}`, 'réduit']) expect(isValidTaxClass(bad)).toBe(false);
  });
});
