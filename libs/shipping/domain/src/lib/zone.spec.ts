import fc from 'fast-check';
import { isValidPostcodePattern, matchZone, postcodeMatches, type ShippingZone, validateZone, zoneFor } from './zone';

const zone = (id: string, fields: Partial<ShippingZone> = {}): ShippingZone => ({ id, name: `Zone ${id}`, countries: ['GB'], ...fields });

describe('postcodeMatches', () => {
  it('reads * as any rest and ? as one character, comparing compact upper-case forms', () => {
    expect(postcodeMatches('SW*', 'SW1A 1AA')).toBe(true);
    expect(postcodeMatches('sw-*', 'sw1a1aa')).toBe(true);
    expect(postcodeMatches('SW*', 'SW')).toBe(true);
    expect(postcodeMatches('SW*', 'S')).toBe(false);
    expect(postcodeMatches('SW*', 'W1A 0AX')).toBe(false);
    expect(postcodeMatches('10???', '10001')).toBe(true);
    expect(postcodeMatches('10???', '1000')).toBe(false);
    expect(postcodeMatches('10???', '10001-1234')).toBe(false);
    expect(postcodeMatches('10*', '10001-1234')).toBe(true);
    expect(postcodeMatches('1012 AB', '1012ab')).toBe(true);
  });

  it('lets a malformed pattern match nothing', () => {
    expect(isValidPostcodePattern('S*W')).toBe(false);
    expect(isValidPostcodePattern('*')).toBe(false);
    expect(isValidPostcodePattern('SW#')).toBe(false);
    expect(postcodeMatches('S*W', 'SW1W')).toBe(false);
    expect(postcodeMatches('*', 'SW1W')).toBe(false);
  });
});

describe('matchZone', () => {
  it('matches by country, by region when the zone narrows the country, by postcode when it has patterns', () => {
    expect(matchZone(zone('uk'), { country: 'GB' })).toBe('country');
    const scotland = zone('sc', { regions: { GB: ['Scotland'] } });
    expect(matchZone(scotland, { country: 'GB', region: 'SCOTLAND' })).toBe('region');
    expect(matchZone(scotland, { country: 'GB', region: 'WALES' })).toBeNull();
    expect(matchZone(scotland, { country: 'GB' })).toBeNull();
    const london = zone('ldn', { postcodePatterns: ['SW*', 'EC*'] });
    expect(matchZone(london, { country: 'GB', postalCode: 'EC1A 1BB' })).toBe('postcode');
    expect(matchZone(london, { country: 'GB', postalCode: 'M1 1AE' })).toBeNull();
    expect(matchZone(london, { country: 'GB' })).toBeNull();
    expect(matchZone(zone('fr', { countries: ['FR'] }), { country: 'GB' })).toBeNull();
  });

  it('covers a country without a regions entry whole, even when another country of the zone is narrowed', () => {
    const z = zone('eu', { countries: ['DE', 'ES'], regions: { ES: ['Madrid'] } });
    expect(matchZone(z, { country: 'DE', region: 'BY' })).toBe('country');
    expect(matchZone(z, { country: 'ES', region: 'CANARIAS' })).toBeNull();
    expect(matchZone(z, { country: 'ES', region: 'MADRID' })).toBe('region');
  });
});

describe('zoneFor', () => {
  const zones = [
    zone('uk'),
    zone('sc', { regions: { GB: ['SCOTLAND'] } }),
    zone('ldn', { postcodePatterns: ['SW*', 'EC*'] }),
    zone('hi', { postcodePatterns: ['ZE*', 'KW*'], regions: { GB: ['SCOTLAND'] } }),
  ];

  it('picks the most specific match: postcode over region over country', () => {
    expect(zoneFor(zones, { country: 'GB', postalCode: 'SW1A 1AA' })).toEqual({ zone: zones[2], matchedBy: 'postcode' });
    expect(zoneFor(zones, { country: 'GB', region: 'SCOTLAND', postalCode: 'EH1 1YZ' })).toEqual({ zone: zones[1], matchedBy: 'region' });
    expect(zoneFor(zones, { country: 'GB', region: 'SCOTLAND', postalCode: 'ZE1 0AA' })).toEqual({ zone: zones[3], matchedBy: 'postcode' });
    expect(zoneFor(zones, { country: 'GB', postalCode: 'M1 1AE' })).toEqual({ zone: zones[0], matchedBy: 'country' });
  });

  it('breaks ties by the higher priority, then the smaller id', () => {
    const a = zone('a');
    const b = zone('b');
    const c = zone('c', { priority: 1 });
    expect(zoneFor([b, a], { country: 'GB' })?.zone).toBe(a);
    expect(zoneFor([a, b, c], { country: 'GB' })?.zone).toBe(c);
  });

  it('returns null when no zone covers the address', () => {
    expect(zoneFor(zones, { country: 'FR' })).toBeNull();
    expect(zoneFor([], { country: 'GB' })).toBeNull();
  });

  it('gives the same zone whatever the order of the zones (property)', () => {
    const zoneArb = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      countries: fc.subarray(['GB', 'FR', 'US'], { minLength: 1 }),
      regions: fc.option(fc.constant({ GB: ['SCOTLAND'], US: ['CA', 'NY'] }), { nil: undefined }),
      postcodePatterns: fc.option(fc.subarray(['SW*', 'E?', '9????', 'EH*'], { minLength: 1 }), { nil: undefined }),
      priority: fc.option(fc.integer({ min: -1, max: 1 }), { nil: undefined }),
    });
    const addressArb = fc.record({
      country: fc.constantFrom('GB', 'FR', 'US'),
      region: fc.option(fc.constantFrom('SCOTLAND', 'CA', 'NY', 'TX'), { nil: undefined }),
      postalCode: fc.option(fc.constantFrom('SW1A 1AA', 'E1', 'EH1 1YZ', '90210', '75008'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(zoneArb, { selector: (z) => z.id, maxLength: 6 }), addressArb, (raw, address) => {
        const list: ShippingZone[] = raw.map(({ regions, postcodePatterns, priority, ...z }) => ({
          ...z,
          name: z.id,
          ...(regions ? { regions } : {}),
          ...(postcodePatterns ? { postcodePatterns } : {}),
          ...(priority === undefined ? {} : { priority }),
        }));
        const forward = zoneFor(list, address);
        expect(zoneFor([...list].reverse(), address)).toEqual(forward);
        expect(zoneFor([...list.slice(1), ...list.slice(0, 1)], address)).toEqual(forward);
      }),
    );
  });
});

describe('validateZone', () => {
  it('accepts a well-formed zone as it is', () => {
    const z = zone('ldn', { postcodePatterns: ['SW*', '10???'], regions: { GB: ['ENGLAND'] }, priority: 2 });
    expect(validateZone(z)).toEqual({ ok: true, value: z });
  });

  it('lists every issue with its field path', () => {
    const result = validateZone({
      id: 'z',
      name: ' ',
      countries: ['GB', 'UK'],
      regions: { FR: [] },
      postcodePatterns: ['S*W', 'SW*'],
      priority: 0.5,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.type).toBe('InvalidZone');
    expect(result.error.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['name', 'required'],
      ['countries[1]', 'unknown_country'],
      ['regions.FR', 'unknown_country'],
      ['regions.FR', 'required'],
      ['postcodePatterns[0]', 'invalid_pattern'],
      ['priority', 'invalid_bound'],
    ]);
  });

  it('refuses a zone without countries', () => {
    const result = validateZone({ id: 'z', name: 'Nowhere', countries: [] });
    expect(result.ok ? [] : result.error.issues.map((issue) => issue.code)).toEqual(['required']);
  });
});
