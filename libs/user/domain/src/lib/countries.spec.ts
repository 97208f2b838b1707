import { COUNTRIES, findCountry } from './countries';

describe('COUNTRIES', () => {
  it('covers the countries the shop launches in, once each, ordered by name', () => {
    const launch = 'US CA GB IE FR DE NL BE LU ES PT IT AT CH DK SE NO FI PL CZ AU NZ JP SG HK AE BR MX IN'.split(' ');
    for (const code of launch) expect(findCountry(code), code).toBeDefined();
    expect(new Set(COUNTRIES.map((c) => c.code)).size).toBe(COUNTRIES.length);
    const names = COUNTRIES.map((c) => c.name);
    expect(names).toEqual([...names].sort());
  });

  it('lists US states, Canadian provinces and Australian states', () => {
    expect(findCountry('US')?.regions?.find((r) => r.code === 'CA')?.name).toBe('California');
    expect(findCountry('US')?.regions?.length).toBeGreaterThanOrEqual(51);
    expect(findCountry('CA')?.regions?.map((r) => r.code)).toContain('QC');
    expect(findCountry('CA')?.regions).toHaveLength(13);
    expect(findCountry('AU')?.regions?.map((r) => r.code).sort()).toEqual(['ACT', 'NSW', 'NT', 'QLD', 'SA', 'TAS', 'VIC', 'WA']);
  });

  it('makes the Eircode optional and has no postcode in Hong Kong or the UAE', () => {
    expect(findCountry('IE')?.postalCode).toBe('optional');
    expect(findCountry('HK')?.postalCode).toBe('none');
    expect(findCountry('AE')?.postalCode).toBe('none');
  });

  it('gives every postcode pattern an example that matches it, and unique region codes', () => {
    for (const country of COUNTRIES) {
      if (country.postalCode !== 'none') {
        expect(country.postalCodePattern, country.code).toBeDefined();
        expect(new RegExp(country.postalCodePattern!).test(country.postalCodeExample!), country.code).toBe(true);
        expect(country.postalCodePattern!.startsWith('^') && country.postalCodePattern!.endsWith('$')).toBe(true);
      }
      if (country.regions) {
        expect(country.region, country.code).not.toBe('none');
        expect(new Set(country.regions.map((r) => r.code)).size, country.code).toBe(country.regions.length);
      }
    }
  });

  it('finds a country by code in any case', () => {
    expect(findCountry(' gb ')?.name).toBe('United Kingdom');
    expect(findCountry('XX')).toBeUndefined();
    expect(findCountry('')).toBeUndefined();
  });
});
