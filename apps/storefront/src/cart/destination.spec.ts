import { countryName, destinationInput, placeName } from './destination';

describe('placeName', () => {
  it('names the country, and the state before it in the US', () => {
    expect(placeName({ country: 'DE', region: null })).toBe('Germany');
    expect(placeName({ country: 'US', region: 'CA' })).toBe('California, United States');
    expect(placeName({ country: 'GB' })).toBe('United Kingdom');
  });

  it('keeps a region code it has no name for', () => {
    expect(placeName({ country: 'FR', region: '75' })).toBe('75, France');
  });
});

describe('countryName', () => {
  it('falls back to the code for something that is not a country code', () => {
    expect(countryName('JP')).toBe('Japan');
    expect(countryName('not a code')).toBe('not a code');
  });
});

describe('destinationInput', () => {
  it('sends a state only with the US', () => {
    expect(destinationInput('US', 'ny')).toEqual({ country: 'US', region: 'NY' });
    expect(destinationInput('US', '')).toEqual({ country: 'US' });
    expect(destinationInput('DE', 'CA')).toEqual({ country: 'DE' });
  });
});
