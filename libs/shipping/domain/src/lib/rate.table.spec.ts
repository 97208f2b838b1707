/**
 * Rate scenarios worked out by hand (never with the code under test), through `quoteMethods` so that the zone
 * choice is part of each case. Every row lists every method of the zone it should land in, with the amount in
 * minor units (USD/EUR cents, whole yen) or the refusal's type. The shop's configuration:
 *
 * Zones: `us` (US) · `us-remote` (US regions AK, HI) · `nyc` (US postcodes `100??`, `101*`) ·
 *        `eu` (DE, FR, IT, ES, NL) · `berlin` (DE postcodes `10*`) · `jp` (JP)
 *
 * | method        | zone      | price                                                              | free from |
 * |---------------|-----------|--------------------------------------------------------------------|-----------|
 * | `us-ground`   | us        | flat USD 599                                                       | USD 5000  |
 * | `us-express`  | us        | weight: ≤ 500 g 1200, ≤ 2000 g 1800, ≤ 10 000 g 3500 (nothing more) | —         |
 * | `remote-post` | us-remote | subtotal: ≤ 2499 → 1499, ≤ 9999 → 999, more → 499                  | —         |
 * | `nyc-courier` | nyc       | flat USD 899                                                       | USD 3000  |
 * | `eu-std`      | eu        | weight: ≤ 1000 g EUR 490, ≤ 5000 g 890, more 1590                  | EUR 7500  |
 * | `berlin-bike` | berlin    | subtotal: EUR ≤ 1999 → 690, more → 390                             | —         |
 * | `jp-yamato`   | jp        | weight: ≤ 2000 g JPY 800, ≤ 5000 g 1200, ≤ 25 000 g 2000           | JPY 10000 |
 * | `jp-flat`     | jp        | flat JPY 1500                                                      | —         |
 */
import type { CurrencyCode } from '@emporium/money';
import { method } from '../testing/shipping-fixtures';
import type { ShippingAddress } from './address';
import { quoteMethods } from './quote';
import type { ShippingZone } from './zone';

const zones: ShippingZone[] = [
  { id: 'us', name: 'United States', countries: ['US'] },
  { id: 'us-remote', name: 'Alaska and Hawaii', countries: ['US'], regions: { US: ['AK', 'HI'] } },
  { id: 'nyc', name: 'Manhattan', countries: ['US'], postcodePatterns: ['100??', '101*'] },
  { id: 'eu', name: 'European Union', countries: ['DE', 'FR', 'IT', 'ES', 'NL'] },
  { id: 'berlin', name: 'Berlin', countries: ['DE'], postcodePatterns: ['10*'] },
  { id: 'jp', name: 'Japan', countries: ['JP'] },
];

const methods = [
  method('us-ground', { kind: 'flat', amounts: { USD: 599 } }, { zoneId: 'us', freeFrom: { USD: 5000 } }),
  method('us-express', {
    kind: 'weight_bands',
    bands: [
      { upToGrams: 500, amounts: { USD: 1200 } },
      { upToGrams: 2000, amounts: { USD: 1800 } },
      { upToGrams: 10_000, amounts: { USD: 3500 } },
    ],
  }, { zoneId: 'us' }),
  method('remote-post', { kind: 'price_bands', bands: { USD: [{ upTo: 2499, amount: 1499 }, { upTo: 9999, amount: 999 }, { upTo: null, amount: 499 }] } }, { zoneId: 'us-remote' }),
  method('nyc-courier', { kind: 'flat', amounts: { USD: 899 } }, { zoneId: 'nyc', freeFrom: { USD: 3000 } }),
  method('eu-std', {
    kind: 'weight_bands',
    bands: [
      { upToGrams: 1000, amounts: { EUR: 490 } },
      { upToGrams: 5000, amounts: { EUR: 890 } },
      { upToGrams: null, amounts: { EUR: 1590 } },
    ],
  }, { zoneId: 'eu', freeFrom: { EUR: 7500 } }),
  method('berlin-bike', { kind: 'price_bands', bands: { EUR: [{ upTo: 1999, amount: 690 }, { upTo: null, amount: 390 }] } }, { zoneId: 'berlin' }),
  method('jp-yamato', {
    kind: 'weight_bands',
    bands: [
      { upToGrams: 2000, amounts: { JPY: 800 } },
      { upToGrams: 5000, amounts: { JPY: 1200 } },
      { upToGrams: 25_000, amounts: { JPY: 2000 } },
    ],
  }, { zoneId: 'jp', freeFrom: { JPY: 10_000 } }),
  method('jp-flat', { kind: 'flat', amounts: { JPY: 1500 } }, { zoneId: 'jp' }),
];

type Outcome = number | 'TooHeavy' | 'NoPriceInCurrency';
interface Scenario {
  readonly name: string;
  readonly address: ShippingAddress;
  readonly currency: 'USD' | 'EUR' | 'JPY';
  readonly subtotal: number;
  readonly grams: number;
  /** The zone and every method of it, or the refusal of the whole quote. */
  readonly expected: { readonly zone: string; readonly rates: Readonly<Record<string, Outcome>> } | { readonly refused: string };
}

const SF: ShippingAddress = { country: 'US', region: 'CA', postalCode: '94105' };
const HONOLULU: ShippingAddress = { country: 'US', region: 'HI', postalCode: '96801' };
const MUNICH: ShippingAddress = { country: 'DE', region: 'BY', postalCode: '80331' };
const PARIS: ShippingAddress = { country: 'FR', postalCode: '75008' };
const TOKYO: ShippingAddress = { country: 'JP', postalCode: '100-0001' };

const scenarios: readonly Scenario[] = [
  // ——— United States, country zone ———
  // 1200 g is above 500 and at most 2000 → express band 2; subtotal 2000 < 5000 → ground charged.
  { name: 'US flat rate and the middle weight band', address: SF, currency: 'USD', subtotal: 2000, grams: 1200, expected: { zone: 'us', rates: { 'us-ground': 599, 'us-express': 1800 } } },
  // 5000 ≥ 5000 → ground free; express has no threshold.
  { name: 'US free shipping at exactly the threshold', address: SF, currency: 'USD', subtotal: 5000, grams: 1200, expected: { zone: 'us', rates: { 'us-ground': 0, 'us-express': 1800 } } },
  // 4999 < 5000 → ground charged.
  { name: 'US one cent below the threshold pays', address: SF, currency: 'USD', subtotal: 4999, grams: 1200, expected: { zone: 'us', rates: { 'us-ground': 599, 'us-express': 1800 } } },
  // 500 ≤ 500 → first band.
  { name: 'US weight exactly on the first bound', address: SF, currency: 'USD', subtotal: 2000, grams: 500, expected: { zone: 'us', rates: { 'us-ground': 599, 'us-express': 1200 } } },
  // 501 > 500, ≤ 2000 → second band.
  { name: 'US one gram over the first bound', address: SF, currency: 'USD', subtotal: 2000, grams: 501, expected: { zone: 'us', rates: { 'us-ground': 599, 'us-express': 1800 } } },
  // 10 000 ≤ 10 000 → last band.
  { name: 'US weight exactly on the last bound', address: SF, currency: 'USD', subtotal: 2000, grams: 10_000, expected: { zone: 'us', rates: { 'us-ground': 599, 'us-express': 3500 } } },
  // 10 001 > 10 000 and the table is bounded → express refuses; ground ignores weight.
  { name: 'US too heavy for express, ground still rates', address: SF, currency: 'USD', subtotal: 2000, grams: 10_001, expected: { zone: 'us', rates: { 'us-ground': 599, 'us-express': 'TooHeavy' } } },
  // ——— a region zone beats the country zone ———
  // HI is listed → us-remote (region) over us (country); 2499 ≤ 2499 → first price band.
  { name: 'Hawaii: region zone, subtotal on the first price bound', address: HONOLULU, currency: 'USD', subtotal: 2499, grams: 1000, expected: { zone: 'us-remote', rates: { 'remote-post': 1499 } } },
  // 2500 > 2499, ≤ 9999 → second band.
  { name: 'Hawaii: one cent into the second price band', address: HONOLULU, currency: 'USD', subtotal: 2500, grams: 1000, expected: { zone: 'us-remote', rates: { 'remote-post': 999 } } },
  // 10 000 > 9999 → open last band.
  { name: 'Hawaii: the open-ended price band', address: HONOLULU, currency: 'USD', subtotal: 10_000, grams: 1000, expected: { zone: 'us-remote', rates: { 'remote-post': 499 } } },
  // ——— a postcode zone beats the country zone ———
  // 10001 fits `100??` → nyc; 2999 < 3000 → charged.
  { name: 'Manhattan postcode zone, below its threshold', address: { country: 'US', region: 'NY', postalCode: '10001' }, currency: 'USD', subtotal: 2999, grams: 800, expected: { zone: 'nyc', rates: { 'nyc-courier': 899 } } },
  // 3000 ≥ 3000 → free.
  { name: 'Manhattan at exactly its threshold', address: { country: 'US', postalCode: '10001' }, currency: 'USD', subtotal: 3000, grams: 800, expected: { zone: 'nyc', rates: { 'nyc-courier': 0 } } },
  // ZIP+4 compacts to 101180110, which fits `101*`.
  { name: 'Manhattan ZIP+4 under a `*` pattern', address: { country: 'US', postalCode: '10118-0110' }, currency: 'USD', subtotal: 2999, grams: 800, expected: { zone: 'nyc', rates: { 'nyc-courier': 899 } } },
  // 100011234 has 9 characters; `100??` needs exactly 5 → no postcode zone, the country zone applies.
  { name: 'ZIP+4 does not fit a fixed-length pattern, so the country zone applies', address: { country: 'US', postalCode: '10001-1234' }, currency: 'USD', subtotal: 2000, grams: 1200, expected: { zone: 'us', rates: { 'us-ground': 599, 'us-express': 1800 } } },
  // ——— EUR ———
  // Munich 80331 does not fit `10*` → eu; 1000 ≤ 1000 → band 1.
  { name: 'Germany: weight on the first EUR bound', address: MUNICH, currency: 'EUR', subtotal: 3000, grams: 1000, expected: { zone: 'eu', rates: { 'eu-std': 490 } } },
  // 1001 > 1000 → band 2.
  { name: 'Germany: one gram over', address: MUNICH, currency: 'EUR', subtotal: 3000, grams: 1001, expected: { zone: 'eu', rates: { 'eu-std': 890 } } },
  // 5001 > 5000 → open last band.
  { name: 'France: open-ended weight band', address: PARIS, currency: 'EUR', subtotal: 3000, grams: 5001, expected: { zone: 'eu', rates: { 'eu-std': 1590 } } },
  // 7500 ≥ 7500 → free even at 20 kg (the table is open-ended, so the weight is accepted).
  { name: 'France: free at the threshold whatever the weight', address: PARIS, currency: 'EUR', subtotal: 7500, grams: 20_000, expected: { zone: 'eu', rates: { 'eu-std': 0 } } },
  // 7499 < 7500; 20 000 g → open band.
  { name: 'France: one cent short of free', address: PARIS, currency: 'EUR', subtotal: 7499, grams: 20_000, expected: { zone: 'eu', rates: { 'eu-std': 1590 } } },
  // 10115 fits `10*` → berlin over eu; 1999 ≤ 1999 → 690.
  { name: 'Berlin postcode zone beats the EU zone, price band bound', address: { country: 'DE', postalCode: '10115' }, currency: 'EUR', subtotal: 1999, grams: 1000, expected: { zone: 'berlin', rates: { 'berlin-bike': 690 } } },
  // 2000 > 1999 → open band 390.
  { name: 'Berlin above the first price band', address: { country: 'DE', postalCode: '10115' }, currency: 'EUR', subtotal: 2000, grams: 1000, expected: { zone: 'berlin', rates: { 'berlin-bike': 390 } } },
  // ——— JPY (no minor unit) ———
  // 2000 ≤ 2000 → 800 yen; 9999 < 10 000 → charged.
  { name: 'Japan: yen weight band on its bound and a flat rate', address: TOKYO, currency: 'JPY', subtotal: 9999, grams: 2000, expected: { zone: 'jp', rates: { 'jp-yamato': 800, 'jp-flat': 1500 } } },
  // 10 000 ≥ 10 000 → yamato free (2001 g is within its table); flat has no threshold.
  { name: 'Japan: free from 10 000 yen', address: TOKYO, currency: 'JPY', subtotal: 10_000, grams: 2001, expected: { zone: 'jp', rates: { 'jp-yamato': 0, 'jp-flat': 1500 } } },
  // 25 001 > 25 000, bounded → refused although the order would ship free.
  { name: 'Japan: too heavy is refused even when free', address: TOKYO, currency: 'JPY', subtotal: 10_000, grams: 25_001, expected: { zone: 'jp', rates: { 'jp-yamato': 'TooHeavy', 'jp-flat': 1500 } } },
  // ——— no rate ———
  { name: 'Japan in dollars: no method is priced in USD', address: TOKYO, currency: 'USD', subtotal: 2000, grams: 1000, expected: { zone: 'jp', rates: { 'jp-yamato': 'NoPriceInCurrency', 'jp-flat': 'NoPriceInCurrency' } } },
  { name: 'US in euros: no method is priced in EUR', address: SF, currency: 'EUR', subtotal: 2000, grams: 1000, expected: { zone: 'us', rates: { 'us-ground': 'NoPriceInCurrency', 'us-express': 'NoPriceInCurrency' } } },
  { name: 'United Kingdom: no zone', address: { country: 'GB', postalCode: 'SW1A 1AA' }, currency: 'EUR', subtotal: 2000, grams: 1000, expected: { refused: 'NoZoneForAddress' } },
  { name: 'a German postcode of four digits', address: { country: 'DE', postalCode: '1011' }, currency: 'EUR', subtotal: 2000, grams: 1000, expected: { refused: 'PostcodeMismatch' } },
  { name: 'a weightless parcel', address: SF, currency: 'USD', subtotal: 2000, grams: 0, expected: { refused: 'InvalidWeight' } },
];

describe('shipping rates worked out by hand', () => {
  it('has at least 15 scenarios', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(15);
  });

  it.each(scenarios)('$name', ({ address, currency, subtotal, grams, expected }) => {
    const result = quoteMethods(zones, methods, {
      address,
      subtotal: { amount: subtotal, currency: currency as CurrencyCode },
      weightGrams: grams,
    });
    if ('refused' in expected) {
      expect(result.ok ? 'ok' : result.error.type).toBe(expected.refused);
      return;
    }
    if (!result.ok) throw new Error(`refused: ${result.error.type}`);
    expect(result.value.zone.id).toBe(expected.zone);
    const actual: Record<string, Outcome> = {};
    for (const option of result.value.options) {
      expect(option.amount.currency).toBe(currency);
      actual[option.methodId] = option.amount.amount;
    }
    for (const skipped of result.value.skipped) actual[skipped.methodId] = skipped.reason.type as Outcome;
    expect(actual).toEqual(expected.rates);
  });
});
