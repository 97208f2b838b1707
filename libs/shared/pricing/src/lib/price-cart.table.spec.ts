/**
 * Scenarios with their totals worked out by hand (never with the code under test). Each line is
 * `[id, unit price, quantity, tax class, category?]`, amounts in minor units of the scenario's currency; every
 * rate is at destination `XX` unless the scenario says otherwise. Discounts are written as tuples:
 * `['pct', bp]`, `['off', amount]` (once per order), `['offEach', amount]` (per unit), `['fixed', unit price]`,
 * `['bxgy', buy, get, bp off]`, `['ship']`.
 */
import type { CurrencyCode } from '@emporium/money';
import type { Coupon } from './coupon';
import type { Discount } from './discount';
import type { Eligibility } from './eligibility';
import { priceCart } from './price-cart';
import type { RoundingMode } from './rounding';
import type { Destination, TaxMode, TaxRate } from './tax';

type Line = readonly [id: string, unit: number, quantity: number, taxClass: string, category?: string];
type D =
  | readonly ['pct', number]
  | readonly ['off', number]
  | readonly ['offEach', number]
  | readonly ['fixed', number]
  | readonly ['bxgy', number, number, number]
  | readonly ['ship'];
interface C {
  readonly code: string;
  readonly d: D;
  readonly exclusive?: true;
  readonly eligible?: Eligibility;
  readonly min?: number;
  readonly startsAt?: string;
  readonly endsAt?: string;
  readonly usageLimit?: number;
  readonly perCustomerLimit?: number;
  readonly used?: readonly [total: number, byCustomer: number];
}
interface Expected {
  readonly subtotal: number;
  readonly discounts: readonly (readonly [code: string, amount: number])[];
  readonly shipping: number;
  readonly taxes: readonly (readonly [basisPoints: number, taxableBase: number, tax: number])[];
  readonly total: number;
  readonly rejected?: readonly (readonly [code: string, reason: string])[];
}
interface Scenario {
  readonly name: string;
  readonly currency: 'USD' | 'EUR' | 'JPY' | 'KWD';
  readonly mode: TaxMode;
  readonly rounding?: RoundingMode;
  /** Class → basis points at `XX`; or `taxRates` and `destination` written out. */
  readonly rates?: Readonly<Record<string, number>>;
  readonly taxRates?: readonly TaxRate[];
  readonly destination?: Destination;
  readonly lines: readonly Line[];
  readonly shipping?: readonly [amount: number, taxClass: string];
  readonly coupons?: readonly C[];
  readonly expected: Expected;
}

const scenarios: readonly Scenario[] = [
  // ——— no discounts ———
  {
    name: 'USD, 10 % added, two lines',
    currency: 'USD', mode: 'exclusive', rates: { std: 1000 },
    lines: [['a', 1000, 2, 'std'], ['b', 500, 1, 'std']],
    // tax 200 + 50
    expected: { subtotal: 2500, discounts: [], shipping: 0, taxes: [[1000, 2500, 250]], total: 2750 },
  },
  {
    name: 'USD, 7.25 % added to 3 × 19.99',
    currency: 'USD', mode: 'exclusive', rates: { std: 725 },
    lines: [['a', 1999, 3, 'std']],
    // 5997 × 0.0725 = 434.7825 → 435
    expected: { subtotal: 5997, discounts: [], shipping: 0, taxes: [[725, 5997, 435]], total: 6432 },
  },
  {
    name: 'USD, 7.25 % on a line and on shipping, each rounded half-up',
    currency: 'USD', mode: 'exclusive', rates: { std: 725 },
    lines: [['a', 1000, 1, 'std']], shipping: [599, 'std'],
    // line 72.5 → 73; shipping 599 × 0.0725 = 43.4275 → 43; 73 + 43 = 116
    expected: { subtotal: 1000, discounts: [], shipping: 599, taxes: [[725, 1599, 116]], total: 1715 },
  },
  {
    name: 'USD, the same with half-even rounding',
    currency: 'USD', mode: 'exclusive', rounding: 'half-even', rates: { std: 725 },
    lines: [['a', 1000, 1, 'std']], shipping: [599, 'std'],
    // line 72.5 → 72 (even); shipping 43.4275 → 43; 115
    expected: { subtotal: 1000, discounts: [], shipping: 599, taxes: [[725, 1599, 115]], total: 1714 },
  },
  {
    name: 'EUR, 20 % included in a line and the shipping',
    currency: 'EUR', mode: 'inclusive', rates: { std: 2000 },
    lines: [['a', 1200, 1, 'std']], shipping: [600, 'std'],
    // 1200 × 20/120 = 200; 600 × 20/120 = 100; net base 1000 + 500
    expected: { subtotal: 1200, discounts: [], shipping: 600, taxes: [[2000, 1500, 300]], total: 1800 },
  },
  {
    name: 'EUR, 19 % and 7 % included',
    currency: 'EUR', mode: 'inclusive', rates: { std: 1900, red: 700 },
    lines: [['a', 1190, 1, 'std'], ['b', 1070, 2, 'red']],
    // a: 1190 × 19/119 = 190; b: 2140 × 7/107 = 140
    expected: { subtotal: 3330, discounts: [], shipping: 0, taxes: [[700, 2000, 140], [1900, 1000, 190]], total: 3330 },
  },
  {
    name: 'EUR, 19 % extracted from 9.99',
    currency: 'EUR', mode: 'inclusive', rates: { std: 1900 },
    lines: [['a', 999, 1, 'std']],
    // 999 × 1900 / 11900 = 159.504… → 160; base 999 − 160 = 839
    expected: { subtotal: 999, discounts: [], shipping: 0, taxes: [[1900, 839, 160]], total: 999 },
  },
  {
    name: 'JPY, 10 % added, no decimals',
    currency: 'JPY', mode: 'exclusive', rates: { std: 1000 },
    lines: [['a', 1980, 1, 'std'], ['b', 298, 3, 'std']],
    // a 198; b 894 × 0.1 = 89.4 → 89
    expected: { subtotal: 2874, discounts: [], shipping: 0, taxes: [[1000, 2874, 287]], total: 3161 },
  },
  {
    name: 'JPY, 10 % and the reduced 8 % included',
    currency: 'JPY', mode: 'inclusive', rates: { std: 1000, food: 800 },
    lines: [['a', 1100, 1, 'std'], ['b', 540, 2, 'food']],
    // a 1100 × 10/110 = 100; b 1080 × 8/108 = 80
    expected: { subtotal: 2180, discounts: [], shipping: 0, taxes: [[800, 1000, 80], [1000, 1000, 100]], total: 2180 },
  },
  {
    name: 'KWD, three decimals, 5 % added',
    currency: 'KWD', mode: 'exclusive', rates: { std: 500 },
    lines: [['a', 1250, 2, 'std'], ['b', 3125, 1, 'std']],
    // a 2500 × 0.05 = 125; b 3125 × 0.05 = 156.25 → 156
    expected: { subtotal: 5625, discounts: [], shipping: 0, taxes: [[500, 5625, 281]], total: 5906 },
  },
  {
    name: 'USD, a region rate beats the country rate; shipping at the country rate',
    currency: 'USD', mode: 'exclusive', destination: { country: 'US', region: 'CA' },
    taxRates: [
      { country: 'US', taxClass: 'std', basisPoints: 0 },
      { country: 'US', region: 'CA', taxClass: 'std', basisPoints: 725 },
      { country: 'US', taxClass: 'ship', basisPoints: 0 },
    ],
    lines: [['a', 10000, 1, 'std']], shipping: [1000, 'ship'],
    expected: { subtotal: 10000, discounts: [], shipping: 1000, taxes: [[0, 1000, 0], [725, 10000, 725]], total: 11725 },
  },
  // ——— percentage ———
  {
    name: 'USD, 10 % off the order, then 10 % tax',
    currency: 'USD', mode: 'exclusive', rates: { std: 1000 },
    lines: [['a', 1000, 2, 'std'], ['b', 500, 1, 'std']],
    coupons: [{ code: 'TEN', d: ['pct', 1000] }],
    // 250 off (200 + 50) → 1800 + 450; tax 180 + 45
    expected: { subtotal: 2500, discounts: [['TEN', 250]], shipping: 0, taxes: [[1000, 2250, 225]], total: 2475 },
  },
  {
    name: 'USD, 15 % off an awkward split',
    currency: 'USD', mode: 'exclusive', rates: { std: 1000 },
    lines: [['a', 999, 1, 'std'], ['b', 1001, 1, 'std'], ['c', 1, 1, 'std']],
    coupons: [{ code: 'P15', d: ['pct', 1500] }],
    // 2001 × 0.15 = 300.15 → 300. Shares: a 300×999/2001 = 149.775, b 150.075, c 0.150 → floors 149 + 150 + 0 = 299,
    // 1 left to the largest remainder (a) → 150, 150, 0. Lines 849, 851, 1; tax 84.9 → 85, 85.1 → 85, 0.1 → 0
    expected: { subtotal: 2001, discounts: [['P15', 300]], shipping: 0, taxes: [[1000, 1701, 170]], total: 1871 },
  },
  {
    name: 'JPY, 10 % off, allocated and taxed inclusive',
    currency: 'JPY', mode: 'inclusive', rates: { std: 1000 },
    lines: [['a', 1980, 1, 'std'], ['b', 298, 3, 'std']],
    coupons: [{ code: 'TEN', d: ['pct', 1000] }],
    // 2874 × 0.1 = 287.4 → 287. a 287×1980/2874 = 197.72, b 89.27 → 197 + 89 = 286, 1 left to a → 198, 89.
    // a 1782 → 1782/11 = 162; b 805 → 805/11 = 73.18 → 73; tax 235, base 2587 − 235 = 2352
    expected: { subtotal: 2874, discounts: [['TEN', 287]], shipping: 0, taxes: [[1000, 2352, 235]], total: 2587 },
  },
  {
    name: 'KWD, 15 % off 3 × 3.333',
    currency: 'KWD', mode: 'exclusive', rates: { std: 500 },
    lines: [['a', 3333, 3, 'std']],
    coupons: [{ code: 'P15', d: ['pct', 1500] }],
    // 9999 × 0.15 = 1499.85 → 1500; 8499 × 0.05 = 424.95 → 425
    expected: { subtotal: 9999, discounts: [['P15', 1500]], shipping: 0, taxes: [[500, 8499, 425]], total: 8924 },
  },
  {
    name: 'EUR, 25 % off books with a minimum met by the books alone, 7 % and 19 % included',
    currency: 'EUR', mode: 'inclusive', rates: { std: 1900, red: 700 },
    lines: [['a', 2000, 2, 'red', 'books'], ['b', 300, 1, 'std']],
    coupons: [{ code: 'BOOKS', d: ['pct', 2500], eligible: { categoryIds: ['books'] }, min: 4000 }],
    // books 4000 ≥ 4000; 1000 off → 3000. Tax 3000 × 7/107 = 196.26 → 196 (base 2804); 300 × 19/119 = 47.90 → 48 (base 252)
    expected: { subtotal: 4300, discounts: [['BOOKS', 1000]], shipping: 0, taxes: [[700, 2804, 196], [1900, 252, 48]], total: 3300 },
  },
  {
    name: 'USD, two percentages compound in the order applied',
    currency: 'USD', mode: 'exclusive', rates: { std: 0 },
    lines: [['a', 10000, 1, 'std']],
    coupons: [{ code: 'TEN', d: ['pct', 1000] }, { code: 'TWENTY', d: ['pct', 2000] }],
    // 10000 − 1000 = 9000; − 20 % of 9000 = 1800 → 7200
    expected: { subtotal: 10000, discounts: [['TEN', 1000], ['TWENTY', 1800]], shipping: 0, taxes: [[0, 7200, 0]], total: 7200 },
  },
  // ——— fixed amount ———
  {
    name: 'USD, 5.00 off the order; tax rounded per line',
    currency: 'USD', mode: 'exclusive', rates: { std: 1000 },
    lines: [['a', 1000, 1, 'std'], ['b', 3000, 1, 'std']],
    coupons: [{ code: 'FIVE', d: ['off', 500] }],
    // 125 + 375 → 875, 2625; tax 87.5 → 88, 262.5 → 263 = 351 (350 if the sum were rounded once)
    expected: { subtotal: 4000, discounts: [['FIVE', 500]], shipping: 0, taxes: [[1000, 3500, 351]], total: 3851 },
  },
  {
    name: 'USD, a fixed amount larger than the cart stops at zero; shipping still charged',
    currency: 'USD', mode: 'exclusive', rates: { std: 1000 },
    lines: [['a', 1000, 1, 'std'], ['b', 500, 1, 'std']], shipping: [800, 'std'],
    coupons: [{ code: 'BIG', d: ['off', 5000] }],
    // capped at 1500; tax only on shipping, 80
    expected: { subtotal: 1500, discounts: [['BIG', 1500]], shipping: 800, taxes: [[1000, 800, 80]], total: 880 },
  },
  {
    name: 'USD, 2.00 off each top',
    currency: 'USD', mode: 'exclusive', rates: { std: 1000 },
    lines: [['a', 1500, 3, 'std', 'tops'], ['b', 700, 1, 'std']],
    coupons: [{ code: 'TOPS', d: ['offEach', 200], eligible: { categoryIds: ['tops'] } }],
    // 3 × 200 = 600 → a 3900; tax 390 + 70
    expected: { subtotal: 5200, discounts: [['TOPS', 600]], shipping: 0, taxes: [[1000, 4600, 460]], total: 5060 },
  },
  {
    name: 'USD, 3.33 off lines at 20 % and 5 %: the tie goes to the line with the smaller id',
    currency: 'USD', mode: 'exclusive', rates: { std: 2000, red: 500 },
    lines: [['b', 1000, 1, 'red'], ['a', 1000, 1, 'std']],
    coupons: [{ code: 'OFF', d: ['off', 333] }],
    // 166.5 each → 166 + 166, 1 left, equal remainders → a: a 167, b 166. a 833 × 0.2 = 166.6 → 167; b 834 × 0.05 = 41.7 → 42
    expected: { subtotal: 2000, discounts: [['OFF', 333]], shipping: 0, taxes: [[500, 834, 42], [2000, 833, 167]], total: 1876 },
  },
  {
    name: 'EUR, 10 % then 5.00 off, 20 % included',
    currency: 'EUR', mode: 'inclusive', rates: { std: 2000 },
    lines: [['a', 6000, 1, 'std'], ['b', 4000, 1, 'std']],
    coupons: [{ code: 'FIVE', d: ['off', 500] }, { code: 'TEN', d: ['pct', 1000] }],
    // percentage first: 600 + 400 → 5400, 3600; then 500 in proportion: 300, 200 → 5100, 3400.
    // tax 5100/6 = 850, 3400/6 = 566.67 → 567; 1417, base 8500 − 1417 = 7083
    expected: { subtotal: 10000, discounts: [['TEN', 1000], ['FIVE', 500]], shipping: 0, taxes: [[2000, 7083, 1417]], total: 8500 },
  },
  {
    name: 'USD, a fixed amount applies after a percentage whatever the order the coupons came in',
    currency: 'USD', mode: 'exclusive', rates: { std: 0 },
    lines: [['a', 10000, 1, 'std']],
    coupons: [{ code: 'TENOFF', d: ['off', 1000] }, { code: 'TEN', d: ['pct', 1000] }],
    // 10 % of 10000 = 1000 → 9000, − 1000 = 8000 (the other order would give 8100)
    expected: { subtotal: 10000, discounts: [['TEN', 1000], ['TENOFF', 1000]], shipping: 0, taxes: [[0, 8000, 0]], total: 8000 },
  },
  // ——— fixed price ———
  {
    name: 'USD, tees at 10.00 each',
    currency: 'USD', mode: 'exclusive', rates: { std: 1000 },
    lines: [['a', 1500, 2, 'std', 'tees'], ['b', 700, 1, 'std']],
    coupons: [{ code: 'TEES', d: ['fixed', 1000], eligible: { categoryIds: ['tees'] } }],
    // 3000 → 2 × 1000 = 2000 (1000 off); tax 200 + 70
    expected: { subtotal: 3700, discounts: [['TEES', 1000]], shipping: 0, taxes: [[1000, 2700, 270]], total: 2970 },
  },
  {
    name: 'USD, a fixed price above the price takes nothing',
    currency: 'USD', mode: 'exclusive', rates: { std: 1000 },
    lines: [['a', 800, 1, 'std']],
    coupons: [{ code: 'TEN', d: ['fixed', 1000] }],
    expected: { subtotal: 800, discounts: [['TEN', 0]], shipping: 0, taxes: [[1000, 800, 80]], total: 880 },
  },
  {
    name: 'USD, fixed price before buy 2 get 1',
    currency: 'USD', mode: 'exclusive', rates: { std: 0 },
    lines: [['a', 1000, 3, 'std']],
    coupons: [{ code: 'B2G1', d: ['bxgy', 2, 1, 10_000] }, { code: 'EIGHT', d: ['fixed', 800] }],
    // fixed price: 3000 → 2400 (600 off); then one unit of 800 free → 1600 (BXGY first would give 2000)
    expected: { subtotal: 3000, discounts: [['EIGHT', 600], ['B2G1', 800]], shipping: 0, taxes: [[0, 1600, 0]], total: 1600 },
  },
  // ——— buy X get Y ———
  {
    name: 'USD, buy 2 get 1 free: the cheapest unit',
    currency: 'USD', mode: 'exclusive', rates: { std: 1000 },
    lines: [['a', 1000, 2, 'std'], ['b', 700, 1, 'std']],
    coupons: [{ code: 'B2G1', d: ['bxgy', 2, 1, 10_000] }],
    // b (700) free; tax 200
    expected: { subtotal: 2700, discounts: [['B2G1', 700]], shipping: 0, taxes: [[1000, 2000, 200]], total: 2200 },
  },
  {
    name: 'USD, buy 2 get the third at 50 % off',
    currency: 'USD', mode: 'exclusive', rates: { std: 1000 },
    lines: [['a', 1000, 3, 'std']],
    coupons: [{ code: 'B2H', d: ['bxgy', 2, 1, 5000] }],
    // one unit of 1000 at half: 500 → 2500; tax 250
    expected: { subtotal: 3000, discounts: [['B2H', 500]], shipping: 0, taxes: [[1000, 2500, 250]], total: 2750 },
  },
  {
    name: 'EUR, buy 1 get 1 free over five units, 20 % included',
    currency: 'EUR', mode: 'inclusive', rates: { std: 2000 },
    lines: [['a', 1200, 2, 'std'], ['b', 800, 3, 'std']],
    coupons: [{ code: 'BOGO', d: ['bxgy', 1, 1, 10_000] }],
    // 5 units → floor(5/2) = 2 free, both from b (800): 1600 off → a 2400, b 800.
    // tax 2400/6 = 400, 800/6 = 133.33 → 133; 533, base 3200 − 533 = 2667
    expected: { subtotal: 4800, discounts: [['BOGO', 1600]], shipping: 0, taxes: [[2000, 2667, 533]], total: 3200 },
  },
  {
    name: 'USD, buy 3 get 1 free on socks only, a cheaper hat is not eligible',
    currency: 'USD', mode: 'exclusive', rates: { std: 1000 },
    lines: [['a', 500, 4, 'std', 'socks'], ['b', 100, 1, 'std', 'hats']],
    coupons: [{ code: 'SOCKS', d: ['bxgy', 3, 1, 10_000], eligible: { categoryIds: ['socks'] } }],
    // one sock free: a 1500, b 100; tax 150 + 10
    expected: { subtotal: 2100, discounts: [['SOCKS', 500]], shipping: 0, taxes: [[1000, 1600, 160]], total: 1760 },
  },
  {
    name: 'USD, buy 2 get 1 free then 10 %',
    currency: 'USD', mode: 'exclusive', rates: { std: 1000 },
    lines: [['a', 1000, 3, 'std']],
    coupons: [{ code: 'TEN', d: ['pct', 1000] }, { code: 'B2G1', d: ['bxgy', 2, 1, 10_000] }],
    // 3000 − 1000 = 2000, − 10 % = 1800; tax 180
    expected: { subtotal: 3000, discounts: [['B2G1', 1000], ['TEN', 200]], shipping: 0, taxes: [[1000, 1800, 180]], total: 1980 },
  },
  // ——— free shipping ———
  {
    name: 'USD, free shipping: no shipping, no tax on it',
    currency: 'USD', mode: 'exclusive', rates: { std: 1000 },
    lines: [['a', 2000, 1, 'std']], shipping: [999, 'std'],
    coupons: [{ code: 'SHIP', d: ['ship'] }],
    // line tax 200; shipping 999 − 999 = 0
    expected: { subtotal: 2000, discounts: [['SHIP', 999]], shipping: 999, taxes: [[1000, 2000, 200]], total: 2200 },
  },
  {
    name: 'USD, free shipping refused below its minimum',
    currency: 'USD', mode: 'exclusive', rates: { std: 1000 },
    lines: [['a', 2000, 1, 'std']], shipping: [999, 'std'],
    coupons: [{ code: 'SHIP50', d: ['ship'], min: 5000 }],
    // tax 200 + 99.9 → 100 = 300; total 2000 + 999 + 300
    expected: { subtotal: 2000, discounts: [], shipping: 999, taxes: [[1000, 2999, 300]], total: 3299, rejected: [['SHIP50', 'minimum_not_met']] },
  },
  {
    name: 'JPY, 500 off and free shipping, 10 % added',
    currency: 'JPY', mode: 'exclusive', rates: { std: 1000 },
    lines: [['a', 3000, 1, 'std'], ['b', 1000, 2, 'std']], shipping: [800, 'std'],
    coupons: [{ code: 'SHIP', d: ['ship'] }, { code: 'YEN500', d: ['off', 500] }],
    // 500 over 3000, 2000 → 300, 200 → 2700, 1800; tax 270 + 180; shipping 0
    expected: { subtotal: 5000, discounts: [['YEN500', 500], ['SHIP', 800]], shipping: 800, taxes: [[1000, 4500, 450]], total: 4950 },
  },
  {
    name: 'EUR, buy 2 get 1 free and free shipping, 19 % included',
    currency: 'EUR', mode: 'inclusive', rates: { std: 1900 },
    lines: [['a', 2380, 3, 'std']], shipping: [595, 'std'],
    coupons: [{ code: 'SHIP', d: ['ship'] }, { code: 'B2G1', d: ['bxgy', 2, 1, 10_000] }],
    // 7140 − 2380 = 4760; tax 4760 × 19/119 = 760, base 4000; shipping 0
    expected: { subtotal: 7140, discounts: [['B2G1', 2380], ['SHIP', 595]], shipping: 595, taxes: [[1900, 4000, 760]], total: 4760 },
  },
  // ——— coupon rules ———
  {
    name: 'USD, an exclusive coupon applied first shuts out a later one',
    currency: 'USD', mode: 'exclusive', rates: { std: 0 },
    lines: [['a', 5000, 1, 'std']],
    coupons: [{ code: 'ONLY20', d: ['pct', 2000], exclusive: true }, { code: 'TENOFF', d: ['off', 1000] }],
    expected: { subtotal: 5000, discounts: [['ONLY20', 1000]], shipping: 0, taxes: [[0, 4000, 0]], total: 4000, rejected: [['TENOFF', 'not_combinable']] },
  },
  {
    name: 'USD, an exclusive coupon applied after another is refused',
    currency: 'USD', mode: 'exclusive', rates: { std: 0 },
    lines: [['a', 5000, 1, 'std']],
    coupons: [{ code: 'FIVE', d: ['off', 500] }, { code: 'HALF', d: ['pct', 5000], exclusive: true }],
    expected: { subtotal: 5000, discounts: [['FIVE', 500]], shipping: 0, taxes: [[0, 4500, 0]], total: 4500, rejected: [['HALF', 'not_combinable']] },
  },
  {
    name: 'KWD, an expired coupon is refused and a valid one applies',
    currency: 'KWD', mode: 'exclusive', rates: { std: 500 },
    lines: [['a', 12500, 1, 'std']],
    coupons: [{ code: 'OLD', d: ['pct', 5000], endsAt: '2026-06-01T00:00:00Z' }, { code: 'NEW', d: ['pct', 1000], startsAt: '2026-06-01T00:00:00Z' }],
    // 1250 off → 11250; 5 % = 562.5 → 563
    expected: { subtotal: 12500, discounts: [['NEW', 1250]], shipping: 0, taxes: [[500, 11250, 563]], total: 11813, rejected: [['OLD', 'expired']] },
  },
  {
    name: 'EUR, a coupon that has not started is refused',
    currency: 'EUR', mode: 'inclusive', rates: { std: 2000 },
    lines: [['a', 2400, 1, 'std']],
    coupons: [{ code: 'SUMMER', d: ['pct', 1000], startsAt: '2026-07-01T00:00:00Z' }],
    // 2400 × 20/120 = 400
    expected: { subtotal: 2400, discounts: [], shipping: 0, taxes: [[2000, 2000, 400]], total: 2400, rejected: [['SUMMER', 'not_started']] },
  },
  {
    name: 'USD, a coupon used up in total is refused',
    currency: 'USD', mode: 'exclusive', rates: { std: 1000 },
    lines: [['a', 1000, 1, 'std']],
    coupons: [{ code: 'FIRST100', d: ['pct', 1000], usageLimit: 100, used: [100, 0] }],
    expected: { subtotal: 1000, discounts: [], shipping: 0, taxes: [[1000, 1000, 100]], total: 1100, rejected: [['FIRST100', 'usage_limit_reached']] },
  },
  {
    name: 'USD, a coupon this customer used up is refused, another applies',
    currency: 'USD', mode: 'exclusive', rates: { std: 0 },
    lines: [['a', 2000, 1, 'std']],
    coupons: [{ code: 'WELCOME', d: ['off', 500], perCustomerLimit: 1, used: [40, 1] }, { code: 'SPRING', d: ['pct', 500] }],
    // 5 % of 2000 = 100
    expected: { subtotal: 2000, discounts: [['SPRING', 100]], shipping: 0, taxes: [[0, 1900, 0]], total: 1900, rejected: [['WELCOME', 'customer_limit_reached']] },
  },
  {
    name: 'USD, a coupon for products not in the cart is refused',
    currency: 'USD', mode: 'exclusive', rates: { std: 1000 },
    lines: [['a', 1000, 1, 'std', 'tops']],
    coupons: [{ code: 'SHOES', d: ['pct', 2000], eligible: { categoryIds: ['shoes'] } }],
    expected: { subtotal: 1000, discounts: [], shipping: 0, taxes: [[1000, 1000, 100]], total: 1100, rejected: [['SHOES', 'not_eligible']] },
  },
];

const NOW = new Date('2026-06-15T12:00:00Z');

function discountOf(d: D, currency: CurrencyCode): Discount {
  switch (d[0]) {
    case 'pct':
      return { kind: 'percentage', basisPoints: d[1] };
    case 'off':
      return { kind: 'fixed_amount', amount: { amount: d[1], currency }, per: 'order' };
    case 'offEach':
      return { kind: 'fixed_amount', amount: { amount: d[1], currency }, per: 'unit' };
    case 'fixed':
      return { kind: 'fixed_price', unitPrice: { amount: d[1], currency } };
    case 'bxgy':
      return { kind: 'buy_x_get_y', buy: d[1], get: d[2], basisPointsOff: d[3] };
    case 'ship':
      return { kind: 'free_shipping' };
  }
}

function couponOf(c: C, currency: CurrencyCode): Coupon {
  return {
    code: c.code,
    discount: discountOf(c.d, currency),
    combinable: c.exclusive ? 'exclusive' : 'stackable',
    ...(c.eligible ? { eligibility: c.eligible } : {}),
    ...(c.min === undefined ? {} : { minimumSubtotal: { amount: c.min, currency } }),
    ...(c.startsAt ? { startsAt: new Date(c.startsAt) } : {}),
    ...(c.endsAt ? { endsAt: new Date(c.endsAt) } : {}),
    ...(c.usageLimit === undefined ? {} : { usageLimit: c.usageLimit }),
    ...(c.perCustomerLimit === undefined ? {} : { perCustomerLimit: c.perCustomerLimit }),
  };
}

describe('priceCart scenarios (totals worked out by hand)', () => {
  it('has at least 30 scenarios covering every discount kind, both tax modes and four currencies', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(30);
    const kinds = new Set(scenarios.flatMap((s) => (s.coupons ?? []).map((c) => c.d[0])));
    expect([...kinds].sort()).toEqual(['bxgy', 'fixed', 'off', 'offEach', 'pct', 'ship']);
    expect(new Set(scenarios.map((s) => s.mode))).toEqual(new Set(['inclusive', 'exclusive']));
    expect(new Set(scenarios.map((s) => s.currency))).toEqual(new Set(['USD', 'EUR', 'JPY', 'KWD']));
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const currency = s.currency as CurrencyCode;
    const m = (amount: number) => ({ amount, currency });
    const result = priceCart({
      currency,
      lines: s.lines.map(([id, unit, quantity, taxClass, category]) => ({
        id,
        productId: `p-${id}`,
        ...(category ? { categoryIds: [category] } : {}),
        unitPrice: m(unit),
        quantity,
        taxClass,
      })),
      ...(s.shipping ? { shipping: { amount: m(s.shipping[0]), taxClass: s.shipping[1] } } : {}),
      coupons: (s.coupons ?? []).map((c) => ({ coupon: couponOf(c, currency), usage: { total: c.used?.[0] ?? 0, byCustomer: c.used?.[1] ?? 0 } })),
      tax: {
        mode: s.mode,
        destination: s.destination ?? { country: 'XX' },
        rates: s.taxRates ?? Object.entries(s.rates ?? {}).map(([taxClass, basisPoints]) => ({ country: 'XX', taxClass, basisPoints })),
        ...(s.rounding ? { rounding: s.rounding } : {}),
      },
      now: NOW,
    });
    if (!result.ok) throw new Error(`not priced: ${JSON.stringify(result.error)}`);
    const cart = result.value;
    const { expected } = s;
    expect({
      subtotal: cart.subtotal,
      discounts: cart.discounts.map((d) => [d.code, d.amount.amount]),
      shipping: cart.shipping,
      taxes: cart.taxes.map((t) => [t.basisPoints, t.taxableBase.amount, t.tax.amount]),
      total: cart.total,
      rejected: cart.rejectedCoupons.map((r) => [r.code, r.reason.type]),
    }).toEqual({
      subtotal: m(expected.subtotal),
      discounts: expected.discounts,
      shipping: m(expected.shipping),
      taxes: expected.taxes,
      total: m(expected.total),
      rejected: expected.rejected ?? [],
    });
    // the parts of every discount add up to it
    for (const discount of cart.discounts) {
      expect(discount.lines.reduce((sum, part) => sum + part.amount.amount, discount.shipping.amount)).toBe(discount.amount.amount);
    }
  });
});
