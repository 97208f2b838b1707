import { codesText, countriesSummary, countryName, narrowingSummary, parseCountryList, parsePostcodePatterns, splitCodes } from './country-list';

describe('country lists', () => {
  it('reads codes separated by commas or spaces, upper-cased, each once', () => {
    expect(splitCodes(' ca, us;US  mx ,')).toEqual(['CA', 'US', 'MX']);
    expect(parseCountryList('ca, us')).toEqual({ ok: true, codes: ['CA', 'US'] });
  });

  it('names the codes that are not countries', () => {
    expect(parseCountryList('CA, UK, XX')).toEqual({ ok: false, message: 'UK, XX are not country codes; use two letters, like CA or GB' });
    expect(parseCountryList('Canada')).toEqual({ ok: false, message: 'CANADA is not a country code; use two letters, like CA or GB' });
    expect(parseCountryList(' , ')).toEqual({ ok: false, message: 'Enter at least one country code, like CA' });
  });

  it('accepts postcode globs the rules accept and refuses the rest', () => {
    expect(parsePostcodePatterns('sw*, 10???')).toEqual({ ok: true, codes: ['SW*', '10???'] });
    expect(parsePostcodePatterns('')).toEqual({ ok: true, codes: [] });
    expect(parsePostcodePatterns('S*W, *')).toMatchObject({ ok: false, message: expect.stringContaining('S*W, *') });
  });

  it('summarises a zone’s countries and what narrows them', () => {
    expect(countryName('CA')).toBe('Canada');
    expect(countriesSummary(['CA', 'US'])).toBe('Canada, United States');
    expect(countriesSummary(['DE', 'FR', 'IT', 'ES', 'NL', 'BE'])).toBe('Germany, France, Italy, Spain and 2 more');
    expect(narrowingSummary({ US: ['CA', 'NY'] }, ['SW*'])).toBe('US: CA, NY · postcodes SW*');
    expect(narrowingSummary(undefined, [])).toBe('');
    expect(codesText(['CA', 'US'])).toBe('CA, US');
  });
});
