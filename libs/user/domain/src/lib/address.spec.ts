import fc from 'fast-check';
import { type AddressFields, normalizeAddress, validateAddress } from './address';
import { COUNTRIES } from './countries';

const base: AddressFields = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  line1: '1 Infinite Loop',
  city: 'Cupertino',
  region: 'CA',
  postalCode: '95014',
  countryCode: 'US',
};
const paths = (fields: Partial<AddressFields>) => validateAddress({ ...base, ...fields }).map((e) => e.path);

describe('validateAddress', () => {
  it('accepts a complete address', () => {
    expect(validateAddress(base)).toEqual([]);
    expect(validateAddress({ ...base, company: 'Analytical Engines', line2: 'Suite 2', phone: '+1 (408) 996-1010' })).toEqual([]);
  });

  it('accepts addresses from each launch country written as their post offices write them', () => {
    const local: Partial<AddressFields>[] = [
      { countryCode: 'GB', postalCode: 'sw1a 1aa', region: null },
      { countryCode: 'CA', postalCode: 'K1A 0B1', region: 'Ontario' },
      { countryCode: 'IE', postalCode: null, region: 'Dublin' },
      { countryCode: 'IE', postalCode: 'D02 X285', region: null },
      { countryCode: 'NL', postalCode: '1012ab', region: null },
      { countryCode: 'PT', postalCode: '1000-001', region: null },
      { countryCode: 'HK', postalCode: null, region: null },
      { countryCode: 'AE', postalCode: null, region: 'DU' },
      { countryCode: 'AU', postalCode: '2000', region: 'nsw' },
      { countryCode: 'JP', postalCode: '100-0001', region: 'Tokyo' },
      { countryCode: 'BR', postalCode: '01310-100', region: 'SP' },
      { countryCode: 'IN', postalCode: '110001', region: 'Delhi' },
      { countryCode: 'lu', postalCode: 'L-1009', region: null },
    ];
    for (const fields of local) expect(validateAddress({ ...base, ...fields }), JSON.stringify(fields)).toEqual([]);
  });

  it('requires the trimmed name, street and city', () => {
    expect(validateAddress({ ...base, firstName: ' ', lastName: '', line1: '\t', city: '' })).toEqual([
      { path: 'firstName', message: 'Enter a first name' },
      { path: 'lastName', message: 'Enter a last name' },
      { path: 'line1', message: 'Enter an address' },
      { path: 'city', message: 'Enter a town or city' },
    ]);
  });

  it('limits lengths in characters', () => {
    expect(paths({ firstName: 'é'.repeat(100), company: 'x'.repeat(100), line1: 'x'.repeat(200), city: 'x'.repeat(200) })).toEqual([]);
    expect(validateAddress({ ...base, lastName: 'x'.repeat(101) })).toEqual([{ path: 'lastName', message: 'Use at most 100 characters' }]);
    expect(paths({ company: 'x'.repeat(101), line2: 'x'.repeat(201), city: 'x'.repeat(201), phone: '1'.repeat(33) })).toEqual([
      'company',
      'line2',
      'city',
      'phone',
    ]);
  });

  it('requires a state in the United States, from the list', () => {
    expect(validateAddress({ ...base, region: null })).toEqual([{ path: 'region', message: 'Select your state' }]);
    expect(validateAddress({ ...base, region: 'Narnia' })).toEqual([{ path: 'region', message: 'Select a state from the list' }]);
    expect(paths({ region: 'california' })).toEqual([]);
  });

  it('checks the postcode against the country’s format', () => {
    expect(validateAddress({ ...base, postalCode: '9501' })).toEqual([{ path: 'postalCode', message: 'Enter a valid ZIP code, like 94103' }]);
    expect(validateAddress({ ...base, postalCode: '' })).toEqual([{ path: 'postalCode', message: 'Enter your ZIP code' }]);
    expect(paths({ postalCode: '95014-1234' })).toEqual([]);
    expect(validateAddress({ ...base, countryCode: 'GB', region: null, postalCode: 'SW1A' })).toEqual([
      { path: 'postalCode', message: 'Enter a valid postcode, like SW1A 1AA' },
    ]);
    expect(validateAddress({ ...base, countryCode: 'IE', region: null, postalCode: '12345' })).toEqual([
      { path: 'postalCode', message: 'Enter a valid Eircode, like D02 X285' },
    ]);
  });

  it('refuses a country the shop does not deliver to, or none', () => {
    expect(validateAddress({ ...base, countryCode: 'ZZ' })).toEqual([{ path: 'countryCode', message: "We don't deliver to this country yet" }]);
    expect(paths({ countryCode: ' ' })).toEqual(['countryCode']);
  });

  it('refuses a phone number with letters', () => {
    expect(validateAddress({ ...base, phone: 'ring twice' })).toEqual([{ path: 'phone', message: 'Enter a valid phone number' }]);
  });
});

describe('normalizeAddress', () => {
  it('trims, upper-cases country and postcode, turns a region name into its code and empty strings into null', () => {
    expect(
      normalizeAddress({
        firstName: ' Ada ',
        lastName: 'Lovelace',
        company: '  ',
        line1: ' 10  Downing Street ',
        line2: '',
        city: 'London',
        region: ' ',
        postalCode: ' sw1a   2aa ',
        countryCode: 'gb',
        phone: ' +44 20 7946 0958 ',
      }),
    ).toEqual({
      firstName: 'Ada',
      lastName: 'Lovelace',
      company: null,
      line1: '10  Downing Street',
      line2: null,
      city: 'London',
      region: null,
      postalCode: 'SW1A 2AA',
      countryCode: 'GB',
      phone: '+44 20 7946 0958',
    });
    expect(normalizeAddress({ ...base, region: 'Québec', countryCode: 'CA', postalCode: 'k1a0b1' })).toMatchObject({
      region: 'QC',
      postalCode: 'K1A0B1',
    });
  });

  it('drops the fields a country has no use for', () => {
    expect(normalizeAddress({ ...base, countryCode: 'HK', postalCode: '999077', region: 'Kowloon' })).toMatchObject({ postalCode: null, region: null });
  });
});

describe('normalisation and validation together', () => {
  const countryCode = fc.oneof(
    fc.constantFrom(...COUNTRIES.map((c) => c.code)),
    fc.constantFrom(...COUNTRIES.map((c) => ` ${c.code.toLowerCase()} `)),
    fc.string({ maxLength: 3 }),
  );
  const text = (maxLength: number) => fc.oneof(fc.string({ maxLength }), fc.string({ unit: 'grapheme', maxLength }), fc.constantFrom('', ' ', '\u00a0x\u3000'));
  const optionalText = (maxLength: number) => fc.oneof(text(maxLength), fc.constant(null), fc.constant(undefined));
  const region = fc.oneof(
    optionalText(20),
    fc.constantFrom(...COUNTRIES.flatMap((c) => c.regions ?? []).flatMap((r) => [r.code, r.name.toUpperCase(), ` ${r.name} `])),
  );
  const postalCode = fc.oneof(
    optionalText(12),
    fc.constantFrom(...COUNTRIES.flatMap((c) => (c.postalCodeExample ? [c.postalCodeExample, c.postalCodeExample.toLowerCase()] : []))),
  );
  const address: fc.Arbitrary<AddressFields> = fc.record(
    {
      firstName: text(110),
      lastName: text(20),
      company: optionalText(110),
      line1: text(210),
      line2: optionalText(20),
      city: text(20),
      region,
      postalCode,
      countryCode,
      phone: fc.oneof(optionalText(40), fc.constantFrom('+44 20 7946 0958', ' (415) 555-0132 ')),
    },
    { requiredKeys: ['firstName', 'lastName', 'line1', 'city', 'countryCode'] },
  );

  it('normalises idempotently', () => {
    fc.assert(
      fc.property(address, (fields) => {
        const once = normalizeAddress(fields);
        expect(normalizeAddress(once)).toEqual(once);
      }),
    );
  });

  it('gives a raw address and its normalised form the same verdict', () => {
    fc.assert(
      fc.property(address, (fields) => {
        expect(validateAddress(normalizeAddress(fields))).toEqual(validateAddress(fields));
      }),
    );
  });
});
