/** The countries a shopper can estimate tax and shipping for, until checkout asks for a full address. */
export const DESTINATION_COUNTRIES = ['US', 'DE', 'FR', 'NL', 'GB', 'JP'] as const;

/** US sales tax differs by state, so a US estimate asks which one. */
export const US_STATES: ReadonlyArray<readonly [code: string, name: string]> = [
  ['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CA', 'California'], ['CO', 'Colorado'],
  ['CT', 'Connecticut'], ['DE', 'Delaware'], ['DC', 'District of Columbia'], ['FL', 'Florida'], ['GA', 'Georgia'],
  ['HI', 'Hawaii'], ['ID', 'Idaho'], ['IL', 'Illinois'], ['IN', 'Indiana'], ['IA', 'Iowa'], ['KS', 'Kansas'],
  ['KY', 'Kentucky'], ['LA', 'Louisiana'], ['ME', 'Maine'], ['MD', 'Maryland'], ['MA', 'Massachusetts'],
  ['MI', 'Michigan'], ['MN', 'Minnesota'], ['MS', 'Mississippi'], ['MO', 'Missouri'], ['MT', 'Montana'],
  ['NE', 'Nebraska'], ['NV', 'Nevada'], ['NH', 'New Hampshire'], ['NJ', 'New Jersey'], ['NM', 'New Mexico'],
  ['NY', 'New York'], ['NC', 'North Carolina'], ['ND', 'North Dakota'], ['OH', 'Ohio'], ['OK', 'Oklahoma'],
  ['OR', 'Oregon'], ['PA', 'Pennsylvania'], ['RI', 'Rhode Island'], ['SC', 'South Carolina'], ['SD', 'South Dakota'],
  ['TN', 'Tennessee'], ['TX', 'Texas'], ['UT', 'Utah'], ['VT', 'Vermont'], ['VA', 'Virginia'], ['WA', 'Washington'],
  ['WV', 'West Virginia'], ['WI', 'Wisconsin'], ['WY', 'Wyoming'],
];

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** "Germany" for DE; the code itself for one Intl does not know. */
export function countryName(code: string): string {
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Countries whose estimate asks for a region. */
export function asksForRegion(country: string): boolean {
  return country.toUpperCase() === 'US';
}

/** "California, United States", "Germany": where an estimate is for. */
export function placeName(place: { readonly country: string; readonly region?: string | null }): string {
  const country = countryName(place.country);
  if (!place.region) return country;
  const state = asksForRegion(place.country) ? US_STATES.find(([code]) => code === place.region?.toUpperCase())?.[1] : undefined;
  return `${state ?? place.region}, ${country}`;
}

/** The input of `cart.setDestination` for what the form holds: a region only where the country asks for one. */
export function destinationInput(country: string, region: string): { country: string; region?: string } {
  const code = country.trim().toUpperCase();
  const state = region.trim().toUpperCase();
  return asksForRegion(code) && state ? { country: code, region: state } : { country: code };
}
