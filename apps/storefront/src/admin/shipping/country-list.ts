import { ISO_COUNTRY_CODES, isValidPostcodePattern } from '@emporium/shipping-domain';

/**
 * Countries, regions and postcode patterns as staff type them: codes separated by commas or spaces, in any case.
 * The country codes are the shipping rules' own list (ISO 3166-1 alpha-2), so the browser refuses what the API
 * would; names come from the browser (`Intl.DisplayNames`).
 */

export type ListParse = { readonly ok: true; readonly codes: readonly string[] } | { readonly ok: false; readonly message: string };

const KNOWN = new Set<string>(ISO_COUNTRY_CODES);

/** Upper-cased codes in the order typed, each once; blanks dropped. */
export function splitCodes(text: string): string[] {
  const codes = text
    .split(/[\s,;]+/)
    .map((code) => code.trim().toUpperCase())
    .filter((code) => code !== '');
  return [...new Set(codes)];
}

/** "ca, us" → CA, US; a code that is not a country is named in the message. */
export function parseCountryList(text: string): ListParse {
  const codes = splitCodes(text);
  if (codes.length === 0) return { ok: false, message: 'Enter at least one country code, like CA' };
  const unknown = codes.filter((code) => !KNOWN.has(code));
  if (unknown.length > 0) {
    return { ok: false, message: `${unknown.join(', ')} ${unknown.length === 1 ? 'is not a country code' : 'are not country codes'}; use two letters, like CA or GB` };
  }
  return { ok: true, codes };
}

/** Postcode globs: letters, digits and `?`, with `*` only at the end (`SW*`, `10???`). */
export function parsePostcodePatterns(text: string): ListParse {
  const codes = splitCodes(text);
  const malformed = codes.filter((pattern) => !isValidPostcodePattern(pattern));
  if (malformed.length > 0) return { ok: false, message: `${malformed.join(', ')}: use letters, digits and ?, with * only at the end (SW*, 10???)` };
  return { ok: true, codes };
}

/** The text a list field starts with. */
export function codesText(codes: readonly string[] | undefined): string {
  return (codes ?? []).join(', ');
}

const names = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return null;
  }
})();

/** "Canada" for CA; the code itself where the browser has no name. */
export function countryName(code: string): string {
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every country the rules know, by name, for a picker. */
export function countryOptions(): ReadonlyArray<{ readonly code: string; readonly name: string }> {
  return ISO_COUNTRY_CODES.map((code) => ({ code, name: countryName(code) })).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** "Canada, United States and 3 more": the first few by name, the rest counted. */
export function countriesSummary(codes: readonly string[], shown = 4): string {
  const named = codes.slice(0, shown).map(countryName);
  const rest = codes.length - named.length;
  return rest > 0 ? `${named.join(', ')} and ${rest} more` : named.join(', ');
}

/** "US: CA, NY · postcodes SW*, 10???"; empty when the zone covers its countries whole. */
export function narrowingSummary(regions: Readonly<Record<string, readonly string[]>> | undefined, postcodePatterns: readonly string[] | undefined): string {
  const parts = Object.entries(regions ?? {}).map(([country, codes]) => `${country}: ${codes.join(', ')}`);
  if (postcodePatterns && postcodePatterns.length > 0) parts.push(`postcodes ${postcodePatterns.join(', ')}`);
  return parts.join(' · ');
}
