import { computeTax, findTaxRate, type TaxRate, taxOn } from './tax';

const rates: readonly TaxRate[] = [
  { country: 'US', taxClass: 'standard', basisPoints: 0 },
  { country: 'US', region: 'CA', taxClass: 'standard', basisPoints: 725 },
  { country: 'DE', taxClass: 'standard', basisPoints: 1900 },
  { country: 'DE', taxClass: 'reduced', basisPoints: 700 },
];

describe('findTaxRate', () => {
  it("prefers the region's own rate", () => {
    expect(findTaxRate(rates, { country: 'us', region: 'ca' }, 'standard')?.basisPoints).toBe(725);
  });

  it("falls back to the country's rate", () => {
    expect(findTaxRate(rates, { country: 'US', region: 'OR' }, 'standard')?.basisPoints).toBe(0);
    expect(findTaxRate(rates, { country: 'DE' }, 'reduced')?.basisPoints).toBe(700);
  });

  it('finds nothing for an unknown class or country', () => {
    expect(findTaxRate(rates, { country: 'DE' }, 'books')).toBeUndefined();
    expect(findTaxRate(rates, { country: 'FR' }, 'standard')).toBeUndefined();
  });
});

describe('taxOn', () => {
  it('adds tax to a net amount when exclusive', () => {
    expect(taxOn(1000, 725, 'exclusive', 'half-up')).toBe(73); // 72.5 → 73
    expect(taxOn(1000, 725, 'exclusive', 'half-even')).toBe(72); // 72.5 → 72
  });

  it('extracts tax from a gross amount when inclusive', () => {
    expect(taxOn(1200, 2000, 'inclusive', 'half-up')).toBe(200); // 1200 × 2000 / 12000
    expect(taxOn(1000, 1900, 'inclusive', 'half-up')).toBe(160); // 1000 × 1900 / 11900 = 159.66
  });

  it('is zero at a zero rate or on a zero amount', () => {
    expect(taxOn(1000, 0, 'inclusive', 'half-up')).toBe(0);
    expect(taxOn(0, 2000, 'exclusive', 'half-up')).toBe(0);
  });
});

describe('computeTax', () => {
  it('rounds per amount and sums the rounded taxes by rate', () => {
    // 3 × 5 at 10 %: 0.5 each → 1 each half-up, total 3 (rounding the sum, 1.5, would give 2)
    const result = computeTax(
      [
        { amount: 5, basisPoints: 1000 },
        { amount: 5, basisPoints: 1000 },
        { amount: 5, basisPoints: 1000 },
        { amount: 100, basisPoints: 0 },
      ],
      'exclusive',
      'half-up',
    );
    expect(result).toEqual({
      perAmount: [1, 1, 1, 0],
      breakdown: [
        { basisPoints: 0, taxableBase: 100, tax: 0 },
        { basisPoints: 1000, taxableBase: 15, tax: 3 },
      ],
      total: 3,
    });
  });

  it('reports a net taxable base when prices include tax', () => {
    // 1190 at 19 % inclusive: tax 190, base 1000; 107 at 7 %: tax 7, base 100
    expect(computeTax([{ amount: 1190, basisPoints: 1900 }, { amount: 107, basisPoints: 700 }], 'inclusive', 'half-up').breakdown).toEqual([
      { basisPoints: 700, taxableBase: 100, tax: 7 },
      { basisPoints: 1900, taxableBase: 1000, tax: 190 },
    ]);
  });
});
