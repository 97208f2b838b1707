import type { CheckProblems, SchemaCheck } from '../lib/schema-check';
import { numberInput } from '../lib/schema-check';
import { codesText, parseCountryList, parsePostcodePatterns, splitCodes } from './country-list';
import type { StaffZone, ZoneFieldsInput } from './shipping-types';

/**
 * What the zone form holds (text as typed) and the API's `fields` it becomes. Regions are typed per country of the
 * zone; a country left blank is covered whole. Problems are keyed by form field: `name`, `countries`,
 * `regions.<country>`, `postcodePatterns`, `priority`.
 */
export interface ZoneDraft {
  readonly name: string;
  readonly countries: string;
  /** Country → its region codes as typed. */
  readonly regions: Readonly<Record<string, string>>;
  readonly postcodePatterns: string;
  readonly priority: string;
}

export function zoneDraft(zone?: StaffZone): ZoneDraft {
  return {
    name: zone?.name ?? '',
    countries: codesText(zone?.countries),
    regions: Object.fromEntries(Object.entries(zone?.regions ?? {}).map(([country, codes]) => [country, codesText(codes)])),
    postcodePatterns: codesText(zone?.postcodePatterns),
    priority: String(zone?.priority ?? 0),
  };
}

/** The countries typed so far that are codes, for the region fields (one per country). */
export function draftCountries(draft: ZoneDraft): string[] {
  return splitCodes(draft.countries).filter((code) => /^[A-Z]{2}$/.test(code));
}

export function checkZone(draft: ZoneDraft): SchemaCheck<ZoneFieldsInput> {
  const problems: Record<string, string> = {};
  const name = draft.name.trim();
  if (name === '') problems['name'] = 'Enter a name';
  else if (name.length > 120) problems['name'] = 'Use at most 120 characters';
  const countries = parseCountryList(draft.countries);
  if (!countries.ok) problems['countries'] = countries.message;
  const regions: Record<string, string[]> = {};
  for (const country of countries.ok ? countries.codes : []) {
    const codes = splitCodes(draft.regions[country] ?? '');
    if (codes.length > 0) regions[country] = codes;
  }
  const patterns = parsePostcodePatterns(draft.postcodePatterns);
  if (!patterns.ok) problems['postcodePatterns'] = patterns.message;
  const priority = numberInput(draft.priority) ?? 0;
  if (!Number.isSafeInteger(priority) || priority < -1000 || priority > 1000) problems['priority'] = 'Enter a whole number from -1000 to 1000';
  if (Object.keys(problems).length > 0 || !countries.ok || !patterns.ok) return { ok: false, problems };
  return { ok: true, data: { name, countries: [...countries.codes], regions, postcodePatterns: [...patterns.codes], priority } };
}

/**
 * The zone form's field a server path names (`fields.countries.2` → `countries`, `fields.regions.US.0` →
 * `regions.US`); the input of `create` has no `fields.` prefix, the domain's checks always do. Null: no field.
 */
export function zoneField(path: string): string | null {
  const bare = path.replace(/^fields\./, '');
  const [head, second] = bare.split('.');
  switch (head) {
    case 'name':
    case 'priority':
    case 'countries':
    case 'postcodePatterns':
      return head;
    case 'regions':
      return second ? `regions.${second}` : 'countries';
    default:
      return null;
  }
}

/** Problems without a changed field's (and its parts'). */
export function withoutField(problems: CheckProblems, field: string): CheckProblems {
  return Object.fromEntries(Object.entries(problems).filter(([key]) => key !== field && !key.startsWith(`${field}.`)));
}
