import type { CurrencyCode } from '@emporium/money';
import { describeShippingError, describeSkip, type ShippingError } from './shipping-error';

const USD = 'USD' as CurrencyCode;

describe('describeShippingError', () => {
  it.each<[ShippingError, string]>([
    [{ type: 'UnknownCountry', country: 'UK' }, '"UK" is not a country code we know (use the two-letter ISO code, such as US or DE)'],
    [{ type: 'PostcodeMismatch', country: 'DE', postalCode: '1234' }, '"1234" is not a valid postcode for DE'],
    [{ type: 'InvalidWeight', weightGrams: 0 }, "A parcel's weight must be a whole number of grams above zero (got 0)"],
    [{ type: 'MethodInactive', methodId: 'm1' }, 'Shipping method m1 is not offered at the moment'],
    [{ type: 'NoPriceInCurrency', methodId: 'm1', currency: 'JPY' }, 'Shipping method m1 has no price in JPY'],
    [{ type: 'TooHeavy', methodId: 'm1', weightGrams: 31_000, maxGrams: 30_000 }, 'Shipping method m1 takes parcels up to 30000 g (this one weighs 31000 g)'],
    [
      { type: 'NoBandForSubtotal', methodId: 'm1', subtotal: { amount: 25_000, currency: USD }, maxSubtotal: { amount: 20_000, currency: USD } },
      'Shipping method m1 has no price for orders above 200.00 USD (this one is 250.00 USD)',
    ],
    [{ type: 'NoZoneForAddress', country: 'AQ' }, 'We do not ship to AQ'],
    [{ type: 'NoZoneForAddress', country: 'US', region: 'HI', postalCode: '96801' }, 'We do not ship to 96801, HI, US'],
    [
      {
        type: 'InvalidMethod',
        methodId: 'm1',
        issues: [
          { path: 'pricing.bands[1].upToGrams', code: 'overlapping', message: "repeats the previous band's bound 500" },
          { path: 'minDays', code: 'invalid_days', message: 'must be a whole number of days, 0 or more' },
        ],
      },
      "Shipping method m1 cannot be saved: pricing.bands[1].upToGrams repeats the previous band's bound 500; minDays must be a whole number of days, 0 or more",
    ],
    [
      { type: 'InvalidZone', zoneId: 'z1', issues: [{ path: 'countries', code: 'required', message: 'needs at least one country' }] },
      'Shipping zone z1 cannot be saved: countries needs at least one country',
    ],
  ])('describes %o in one sentence', (error, sentence) => {
    expect(describeShippingError(error)).toBe(sentence);
  });
});

describe('describeSkip', () => {
  it.each<[Parameters<typeof describeSkip>[0], string]>([
    [{ type: 'MethodInactive', methodId: 'm1' }, 'switched off'],
    [{ type: 'NoPriceInCurrency', methodId: 'm1', currency: 'JPY' }, 'no price in JPY'],
    [{ type: 'TooHeavy', methodId: 'm1', weightGrams: 31_250, maxGrams: 30_000 }, 'takes parcels up to 30 kg (this one weighs 31.25 kg)'],
    [
      { type: 'NoBandForSubtotal', methodId: 'm1', subtotal: { amount: 25_000, currency: USD }, maxSubtotal: { amount: 20_000, currency: USD } },
      'no price for orders above 200.00 USD (this one is 250.00 USD)',
    ],
    [{ type: 'InvalidMethod', methodId: 'm1', issues: [{ path: 'minDays', code: 'invalid_days', message: 'must be a whole number of days, 0 or more' }] }, 'set up wrongly: minDays must be a whole number of days, 0 or more'],
  ])('says why %o is left out, without the method id', (reason, fragment) => {
    expect(describeSkip(reason)).toBe(fragment);
  });
});
