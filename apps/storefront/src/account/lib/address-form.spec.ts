import { addressInput } from '@emporium/user-contracts';
import { addressFormFromSaved, addressLines, countryFieldRules, defaultCountryCode, emptyAddressForm, toAddressInput, withCountry } from './address-form';
import { issuesToFieldErrors } from './field-errors';

const filled = {
  ...emptyAddressForm('shipping', 'US'),
  firstName: 'Ada',
  lastName: 'Lovelace',
  line1: '1 Market Street',
  city: 'San Francisco',
  region: 'CA',
  postalCode: '94103',
};

describe('countryFieldRules', () => {
  it('asks for a state from a list and a ZIP code in the United States', () => {
    const us = countryFieldRules('US');
    expect(us).toMatchObject({ region: 'required', regionLabel: 'State', postalCode: 'required', postalCodeLabel: 'ZIP code', postalCodeExample: '94103' });
    expect(us.regions?.some((state) => state.code === 'CA' && state.name === 'California')).toBe(true);
  });

  it('hides what a country does not have and asks freely where there is no list', () => {
    expect(countryFieldRules('HK')).toMatchObject({ region: 'none', postalCode: 'none' });
    expect(countryFieldRules('GB')).toMatchObject({ region: 'optional', regionLabel: 'County', regions: null, postalCodeLabel: 'Postcode' });
  });

  it('requires nothing extra for a country the shop does not know', () => {
    expect(countryFieldRules('ZZ')).toMatchObject({ region: 'optional', postalCode: 'optional', regions: null });
  });
});

describe('the address form and the shared schema', () => {
  it('is accepted when complete', () => {
    expect(addressInput.safeParse(toAddressInput(filled)).success).toBe(true);
  });

  it('says which US field is missing, in the country’s own words', () => {
    const result = addressInput.safeParse(toAddressInput({ ...filled, region: '', postalCode: '' }));
    expect(issuesToFieldErrors(result.error?.issues ?? [])).toEqual({ region: 'Select your state', postalCode: 'Enter your ZIP code' });
  });

  it('leaves a blank label out instead of saving an empty one', () => {
    expect(toAddressInput(filled)).not.toHaveProperty('label');
    expect(toAddressInput({ ...filled, label: 'Home' })).toHaveProperty('label', 'Home');
  });
});

describe('withCountry', () => {
  it('drops a state that is not a region of the new country', () => {
    expect(withCountry(filled, 'CA')).toMatchObject({ countryCode: 'CA', region: '', postalCode: '94103' });
    expect(withCountry({ ...filled, region: 'WA' }, 'AU')).toMatchObject({ region: '' });
    expect(withCountry(filled, 'US')).toBe(filled);
  });

  it('keeps a free-text county between free-text countries, and drops a postcode the new country does not use', () => {
    const british = { ...filled, countryCode: 'GB', region: 'Kent', postalCode: 'CT1 1AA' };
    expect(withCountry(british, 'IE')).toMatchObject({ region: 'Kent', postalCode: 'CT1 1AA' });
    expect(withCountry(british, 'HK')).toMatchObject({ region: '', postalCode: '' });
    expect(withCountry(filled, 'GB')).toMatchObject({ region: '' });
  });
});

describe('defaultCountryCode', () => {
  it('takes the first browser language whose region the shop ships to', () => {
    expect(defaultCountryCode(['en-GB', 'en'])).toBe('GB');
    expect(defaultCountryCode(['fr', 'de-AT'])).toBe('AT');
    expect(defaultCountryCode(['en-ZZ', 'en'])).toBe('US');
    expect(defaultCountryCode([])).toBe('US');
  });
});

describe('addressLines', () => {
  const saved = { ...filled, company: null, line2: 'Suite 5', label: null, phone: null, isDefault: true };

  it('writes a US address as it is posted', () => {
    expect(addressLines(saved)).toEqual(['Ada Lovelace', '1 Market Street', 'Suite 5', 'San Francisco, CA 94103', 'United States']);
  });

  it('puts the postcode before the town where that is the custom', () => {
    expect(addressLines({ ...saved, countryCode: 'DE', region: null, postalCode: '10115', city: 'Berlin', line2: null })).toEqual([
      'Ada Lovelace',
      '1 Market Street',
      '10115 Berlin',
      'Germany',
    ]);
  });

  it('round-trips through the form', () => {
    expect(addressFormFromSaved(saved)).toMatchObject({ company: '', line2: 'Suite 5', label: '', isDefault: true });
  });
});
