import { checkZone, draftCountries, withoutField, zoneDraft, zoneField } from './zone-draft';
import type { StaffZone } from './shipping-types';

const zone: StaffZone = { id: '00000000-0000-4000-8000-000000000001', name: 'West coast', countries: ['US'], regions: { US: ['CA', 'OR', 'WA'] }, postcodePatterns: [], priority: 5, methods: [] };

describe('zone drafts', () => {
  it('round-trips a stored zone', () => {
    const draft = zoneDraft(zone);
    expect(draft).toEqual({ name: 'West coast', countries: 'US', regions: { US: 'CA, OR, WA' }, postcodePatterns: '', priority: '5' });
    expect(checkZone(draft)).toEqual({ ok: true, data: { name: 'West coast', countries: ['US'], regions: { US: ['CA', 'OR', 'WA'] }, postcodePatterns: [], priority: 5 } });
  });

  it('sends regions only for the zone’s countries, and blank ones not at all', () => {
    const draft = { name: ' Canada ', countries: 'ca, us', regions: { CA: 'on qc', US: '', MX: 'JAL' }, postcodePatterns: 'k1?, m*', priority: '' };
    expect(draftCountries(draft)).toEqual(['CA', 'US']);
    expect(checkZone(draft)).toEqual({ ok: true, data: { name: 'Canada', countries: ['CA', 'US'], regions: { CA: ['ON', 'QC'] }, postcodePatterns: ['K1?', 'M*'], priority: 0 } });
  });

  it('puts problems at their fields', () => {
    expect(checkZone({ name: '', countries: 'CA, ZZ', regions: {}, postcodePatterns: 'K*1', priority: '1.5' })).toEqual({
      ok: false,
      problems: {
        name: 'Enter a name',
        countries: 'ZZ is not a country code; use two letters, like CA or GB',
        postcodePatterns: 'K*1: use letters, digits and ?, with * only at the end (SW*, 10???)',
        priority: 'Enter a whole number from -1000 to 1000',
      },
    });
  });

  it('maps the server’s paths to the form’s fields', () => {
    expect(zoneField('fields.countries.0')).toBe('countries');
    expect(zoneField('countries')).toBe('countries');
    expect(zoneField('fields.regions.US')).toBe('regions.US');
    expect(zoneField('fields.regions.US.1')).toBe('regions.US');
    expect(zoneField('fields.postcodePatterns.3')).toBe('postcodePatterns');
    expect(zoneField('fields.name')).toBe('name');
    expect(zoneField('id')).toBeNull();
    expect(withoutField({ regions: 'x', 'regions.US': 'y', name: 'z' }, 'regions')).toEqual({ name: 'z' });
  });
});
