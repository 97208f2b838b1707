import {
  compactPostcode,
  hasPostcodePattern,
  isKnownCountry,
  ISO_COUNTRY_CODES,
  normalizePostcode,
  postcodeFits,
  validateAddress,
} from './address';

describe('isKnownCountry', () => {
  it('knows all 249 assigned ISO 3166-1 alpha-2 codes, each once', () => {
    expect(ISO_COUNTRY_CODES).toHaveLength(249);
    expect(new Set(ISO_COUNTRY_CODES).size).toBe(249);
    expect([...ISO_COUNTRY_CODES].sort()).toEqual(ISO_COUNTRY_CODES);
  });

  it('lists only codes the platform’s region names know (a typo in the list would show up as its own code)', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const code of ISO_COUNTRY_CODES) expect(names.of(code), code).not.toBe(code);
  });

  it('refuses lower case, user-assigned and made-up codes', () => {
    expect(isKnownCountry('DE')).toBe(true);
    expect(isKnownCountry('de')).toBe(false);
    expect(isKnownCountry('XK')).toBe(false);
    expect(isKnownCountry('UK')).toBe(false);
    expect(isKnownCountry('USA')).toBe(false);
  });
});

describe('postcodeFits', () => {
  it.each([
    ['US', '10001'], ['US', '10001-1234'], ['US', '100011234'],
    ['CA', 'K1A 0B1'], ['CA', 'k1a0b1'],
    ['GB', 'SW1A 1AA'], ['GB', 'M1 1AE'], ['GB', 'B33 8TH'], ['GB', 'CR2 6XH'], ['GB', 'DN55 1PT'], ['GB', 'W1A 0AX'], ['GB', 'GIR 0AA'],
    ['DE', '10115'], ['FR', '75008'], ['IT', '00184'], ['ES', '28013'],
    ['NL', '1012 AB'], ['NL', '1012ab'], ['JP', '100-0001'], ['JP', '1000001'], ['AU', '2000'],
    ['IE', 'D02 X285'], ['IE', 'D6W 1234'], ['SE', '114 55'], ['PL', '00-950'], ['PT', '1000-001'], ['BR', '01310-100'],
    ['HK', 'ANY 1'], ['AE', '12345-AB'],
  ])('accepts %s %s', (country, postcode) => {
    expect(postcodeFits(country, postcode)).toBe(true);
  });

  it.each([
    ['US', '1000'], ['US', '10001-12'], ['US', 'ABCDE'],
    ['CA', '12345'], ['CA', 'D1A 0B1'],
    ['GB', '12345'], ['GB', 'SW1A'], ['GB', 'SW1A 1A'],
    ['DE', '1011'], ['DE', '101155'], ['FR', '7500A'],
    ['NL', '0123 AB'], ['NL', '1234'], ['JP', '10-0001'], ['AU', '200'], ['AU', '20000'],
    ['HK', ''], ['HK', '12345678901'], ['HK', '-123'], ['HK', '12#4'],
  ])('refuses %s %s', (country, postcode) => {
    expect(postcodeFits(country, postcode)).toBe(false);
  });

  it('says which countries have a shape of their own', () => {
    expect(hasPostcodePattern('gb')).toBe(true);
    expect(hasPostcodePattern('HK')).toBe(false);
  });
});

describe('normalizePostcode and compactPostcode', () => {
  it('trims, upper-cases and collapses spaces; the compact form drops spaces and hyphens', () => {
    expect(normalizePostcode('  sw1a   1aa ')).toBe('SW1A 1AA');
    expect(compactPostcode(' sw1a 1aa')).toBe('SW1A1AA');
    expect(compactPostcode('100-0001')).toBe('1000001');
  });
});

describe('validateAddress', () => {
  it('normalises country, region and postcode and drops blanks', () => {
    expect(validateAddress({ country: ' gb ', region: ' england', postalCode: 'sw1a 1aa' })).toEqual({
      ok: true,
      value: { country: 'GB', region: 'ENGLAND', postalCode: 'SW1A 1AA' },
    });
    expect(validateAddress({ country: 'US', region: ' ', postalCode: '' })).toEqual({ ok: true, value: { country: 'US' } });
  });

  it('refuses an unknown country, naming what was given', () => {
    expect(validateAddress({ country: 'UK' })).toEqual({ ok: false, error: { type: 'UnknownCountry', country: 'UK' } });
  });

  it('refuses a postcode that does not fit the country', () => {
    expect(validateAddress({ country: 'DE', postalCode: 'SW1A 1AA' })).toEqual({
      ok: false,
      error: { type: 'PostcodeMismatch', country: 'DE', postalCode: 'SW1A 1AA' },
    });
  });
});
