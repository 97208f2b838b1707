import { describeTotal, grams, labeller } from './explain-packing';

describe('explanation wording', () => {
  it('groups thousands with commas whatever the locale', () => {
    expect(grams(0)).toBe('0 g');
    expect(grams(999)).toBe('999 g');
    expect(grams(1_350)).toBe('1,350 g');
    expect(grams(12_345_678)).toBe('12,345,678 g');
  });

  it('labels a line by SKU and unit weight, "each" only for more than one unit', () => {
    const label = labeller([{ lineId: 'a', sku: 'MUG-01', quantity: 3, unitWeightGrams: 450 }]);
    expect(label({ lineId: 'a', sku: 'MUG-01', quantity: 3, unitWeightGrams: 450 })).toBe('3 × MUG-01 (450 g each)');
    expect(label({ lineId: 'a', sku: 'MUG-01', quantity: 3, unitWeightGrams: 450 }, 1)).toBe('1 × MUG-01 (450 g)');
  });

  it('adds the line id when two lines share a SKU', () => {
    const items = [
      { lineId: 'a', sku: 'MUG-01', quantity: 1, unitWeightGrams: 450 },
      { lineId: 'b', sku: 'MUG-01', quantity: 2, unitWeightGrams: 450 },
    ];
    expect(labeller(items)(items[1]!)).toBe('2 × MUG-01 (line b) (450 g each)');
  });

  it('totals the parcels, naming the packaging only when there is some', () => {
    expect(describeTotal(1, 500, 0)).toBe('1 parcel, 500 g in all.');
    expect(describeTotal(3, 7_350, 150)).toBe('3 parcels, 7,350 g in all, 450 g of it packaging.');
  });
});
