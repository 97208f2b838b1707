import { compactPostcode, isKnownCountry, normalizeCountry, type ShippingAddress } from './address';
import type { Result } from './result';
import type { ConfigError, FieldIssue } from './shipping-error';

/**
 * Where a set of shipping methods applies. An address is in the zone when its country is listed, and — when the
 * zone narrows that country to `regions` — its region is one of them, and — when the zone has `postcodePatterns` —
 * its postcode fits one of them (patterns apply to every country of the zone, so a postcode zone usually lists one).
 */
export interface ShippingZone {
  readonly id: string;
  readonly name: string;
  /** ISO 3166-1 alpha-2 codes. */
  readonly countries: readonly string[];
  /** Country → the regions of it the zone covers; a country without an entry is covered whole. */
  readonly regions?: Readonly<Record<string, readonly string[]>>;
  /** Postcode globs (`SW*`, `10???`); see `postcodeMatches`. */
  readonly postcodePatterns?: readonly string[];
  /** Breaks ties between equally specific zones: higher wins (default 0), then the smaller id. */
  readonly priority?: number;
}

/** How closely a zone matched: a postcode pattern beats a region, which beats a whole country. */
export type ZoneSpecificity = 'postcode' | 'region' | 'country';

export interface ZoneMatch {
  readonly zone: ShippingZone;
  readonly matchedBy: ZoneSpecificity;
}

const RANK: Readonly<Record<ZoneSpecificity, number>> = { postcode: 3, region: 2, country: 1 };

/** A glob: letters and digits match themselves, `?` one character, a trailing `*` any rest (also none). */
const PATTERN_SHAPE = /^[A-Z0-9?]+\*?$/;

/** The pattern as it is compared: upper case, spaces and hyphens removed (`"sw-*"` → `"SW*"`). */
export function normalizePostcodePattern(pattern: string): string {
  return compactPostcode(pattern);
}

/** Whether a pattern is well formed: at least one letter, digit or `?`, and `*` only at the end. */
export function isValidPostcodePattern(pattern: string): boolean {
  return PATTERN_SHAPE.test(normalizePostcodePattern(pattern));
}

/**
 * Whether a postcode fits a glob, both compared compact (upper case, no spaces or hyphens): `SW*` fits
 * `SW1A 1AA`, `10???` fits `10001` but not `10001-1234` (write `10*` for that). A malformed pattern fits nothing.
 */
export function postcodeMatches(pattern: string, postcode: string): boolean {
  const glob = normalizePostcodePattern(pattern);
  if (!PATTERN_SHAPE.test(glob)) return false;
  const code = compactPostcode(postcode);
  const open = glob.endsWith('*');
  const fixed = open ? glob.slice(0, -1) : glob;
  if (open ? code.length < fixed.length : code.length !== fixed.length) return false;
  for (let i = 0; i < fixed.length; i += 1) {
    if (fixed[i] !== '?' && fixed[i] !== code[i]) return false;
  }
  return true;
}

/** How the zone matches the address (already normalised, see `validateAddress`), or null when it does not. */
export function matchZone(zone: ShippingZone, address: ShippingAddress): ZoneSpecificity | null {
  const country = normalizeCountry(address.country);
  if (!zone.countries.some((listed) => normalizeCountry(listed) === country)) return null;
  let matchedBy: ZoneSpecificity = 'country';
  const regions = regionsOf(zone, country);
  if (regions) {
    const region = address.region?.trim().toUpperCase();
    if (!region || !regions.some((listed) => listed.trim().toUpperCase() === region)) return null;
    matchedBy = 'region';
  }
  if (zone.postcodePatterns && zone.postcodePatterns.length > 0) {
    const postcode = address.postalCode;
    if (!postcode || !zone.postcodePatterns.some((pattern) => postcodeMatches(pattern, postcode))) return null;
    matchedBy = 'postcode';
  }
  return matchedBy;
}

/**
 * The zone an address ships under: the most specific match (postcode > region > country), then the higher
 * `priority`, then the smaller id (compared by code unit, so the answer never depends on the order of `zones`).
 * Null when no zone covers the address.
 */
export function zoneFor(zones: readonly ShippingZone[], address: ShippingAddress): ZoneMatch | null {
  let best: ZoneMatch | null = null;
  for (const zone of zones) {
    const matchedBy = matchZone(zone, address);
    if (matchedBy && (!best || beats({ zone, matchedBy }, best))) best = { zone, matchedBy };
  }
  return best;
}

function beats(a: ZoneMatch, b: ZoneMatch): boolean {
  if (RANK[a.matchedBy] !== RANK[b.matchedBy]) return RANK[a.matchedBy] > RANK[b.matchedBy];
  const pa = a.zone.priority ?? 0;
  const pb = b.zone.priority ?? 0;
  if (pa !== pb) return pa > pb;
  return a.zone.id < b.zone.id;
}

function regionsOf(zone: ShippingZone, country: string): readonly string[] | undefined {
  if (!zone.regions) return undefined;
  for (const [listed, regions] of Object.entries(zone.regions)) {
    if (normalizeCountry(listed) === country) return regions;
  }
  return undefined;
}

/**
 * Checks a zone before it is saved: an id and a name, at least one country, every country an ISO code, regions
 * only for listed countries and never an empty list, well-formed postcode patterns, an integer priority.
 */
export function validateZone(zone: ShippingZone): Result<ShippingZone, ConfigError> {
  const issues: FieldIssue[] = [];
  if (!zone.id.trim()) issues.push({ path: 'id', code: 'required', message: 'is required' });
  if (!zone.name.trim()) issues.push({ path: 'name', code: 'required', message: 'is required' });
  if (zone.countries.length === 0) issues.push({ path: 'countries', code: 'required', message: 'needs at least one country' });
  zone.countries.forEach((country, i) => {
    if (!isKnownCountry(country)) {
      issues.push({ path: `countries[${i}]`, code: 'unknown_country', message: `"${country}" is not an ISO 3166-1 alpha-2 code` });
    }
  });
  for (const [country, regions] of Object.entries(zone.regions ?? {})) {
    if (!zone.countries.includes(country)) {
      issues.push({ path: `regions.${country}`, code: 'unknown_country', message: 'is not one of the zone\'s countries' });
    }
    if (regions.length === 0 || regions.some((region) => !region.trim())) {
      issues.push({ path: `regions.${country}`, code: 'required', message: 'needs at least one region, none blank' });
    }
  }
  (zone.postcodePatterns ?? []).forEach((pattern, i) => {
    if (!isValidPostcodePattern(pattern)) {
      issues.push({
        path: `postcodePatterns[${i}]`,
        code: 'invalid_pattern',
        message: `"${pattern}" is not a postcode pattern (letters, digits and ?, with * only at the end)`,
      });
    }
  });
  if (zone.priority !== undefined && !Number.isSafeInteger(zone.priority)) {
    issues.push({ path: 'priority', code: 'invalid_bound', message: 'must be a whole number' });
  }
  return issues.length === 0 ? { ok: true, value: zone } : { ok: false, error: { type: 'InvalidZone', zoneId: zone.id, issues } };
}
