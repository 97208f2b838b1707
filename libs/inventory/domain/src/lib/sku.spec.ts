import { skuKey } from './sku';

describe('skuKey', () => {
  it('compares SKUs without surrounding space or case', () => {
    expect(skuKey('  tee-s ')).toBe('TEE-S');
    expect(skuKey('Tee-S')).toBe(skuKey('TEE-S'));
  });

  it('keeps inner characters as they are', () => {
    expect(skuKey('a b_c.1')).toBe('A B_C.1');
  });
});
