import fc from 'fast-check';
import { ean13CheckDigit, euroCompareAtPrice, euroPrice, generatedBarcode, isValidEan13 } from './pricing';

describe('euro prices', () => {
  it('convert at the fixed rate to the nearest .00, .50 or .95', () => {
    expect(euroPrice(10000)).toBe(9200); // 92.00 exactly
    expect(euroPrice(1900)).toBe(1750); // 17.48 → 17.50
    expect(euroPrice(4800)).toBe(4400); // 44.16 → 44.00
    expect(euroPrice(999)).toBe(900); // 9.19 → 9.00, nearer than 8.95
    expect(euroPrice(0)).toBe(0);
  });

  it('always end in .00, .50 or .95 and stay within 25 cents of the exact conversion', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (usd) => {
        const eur = euroPrice(usd);
        expect(Number.isInteger(eur)).toBe(true);
        expect([0, 50, 95]).toContain(eur % 100);
        expect(Math.abs(eur - usd * 0.92)).toBeLessThanOrEqual(25);
      }),
    );
  });

  it('keep a compare-at price above the price it goes with', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 100_000 }), (usd, markup) => {
        const eur = euroPrice(usd);
        expect(euroCompareAtPrice(usd + markup, eur)).toBeGreaterThan(eur);
      }),
    );
  });
});

describe('EAN-13 barcodes', () => {
  it('compute the check digit of a known code', () => {
    expect(ean13CheckDigit('400638133393')).toBe(1);
    expect(isValidEan13('4006381333931')).toBe(true);
    expect(isValidEan13('4006381333932')).toBe(false);
    expect(isValidEan13('400638133393')).toBe(false);
  });

  it('are generated unique, valid and in the in-store 20 prefix', () => {
    const codes = Array.from({ length: 20_000 }, (_, index) => generatedBarcode(index + 1, 42));
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(code.startsWith('20')).toBe(true);
      expect(isValidEan13(code)).toBe(true);
    }
  });
});
