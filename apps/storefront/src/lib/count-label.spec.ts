import { countLabel } from './count-label';

describe('countLabel', () => {
  it('uses the singular for exactly one', () => {
    expect(countLabel(1, 'item', 'items')).toBe('1 item');
  });

  it('uses the plural for none and for many', () => {
    expect(countLabel(0, 'item', 'items')).toBe('0 items');
    expect(countLabel(12, 'product', 'products')).toBe('12 products');
  });
});
