import type { AddressError } from './shipping-error';
import type { Result } from './result';

/** Where a parcel goes, as far as shipping rules care: the country, and optionally a region and a postcode. */
export interface ShippingAddress {
  /** ISO 3166-1 alpha-2, upper case (`US`, `GB`). */
  readonly country: string;
  /** A subdivision as the shop writes it (`CA`, `BY`, `Scotland`); compared trimmed and case-insensitively. */
  readonly region?: string;
  readonly postalCode?: string;
}

/** A full postal address, as a shipment keeps it and a carrier prints it on a label. */
export interface PostalAddress {
  readonly name: string;
  readonly company?: string;
  readonly line1: string;
  readonly line2?: string;
  readonly city: string;
  readonly region?: string;
  readonly postalCode: string;
  readonly country: string;
  readonly phone?: string;
  readonly email?: string;
}

/**
 * Every officially assigned ISO 3166-1 alpha-2 code (249). User-assigned codes such as `XK` (Kosovo) are not
 * here: a shop that ships there adds them deliberately, not by accident of a typo.
 */
export const ISO_COUNTRY_CODES: readonly string[] = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ ' +
  'BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ ' +
  'DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ' +
  'ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ ' +
  'LA LB LC LI LK LR LS LT LU LV LY ' +
  'MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ ' +
  'NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA ' +
  'RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ ' +
  'TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

const KNOWN_COUNTRIES: ReadonlySet<string> = new Set(ISO_COUNTRY_CODES);

/** Whether `code` is an assigned ISO 3166-1 alpha-2 code, exactly as stored (upper case; `normalizeCountry` first). */
export function isKnownCountry(code: string): boolean {
  return KNOWN_COUNTRIES.has(code);
}

/** Trimmed and upper case, so `" gb "` reads as `GB`; says nothing about whether the code exists. */
export function normalizeCountry(code: string): string {
  return code.trim().toUpperCase();
}

/** Trimmed, upper case, runs of white space as one space: `" sw1a  1aa "` → `"SW1A 1AA"`. */
export function normalizePostcode(postcode: string): string {
  return postcode.trim().toUpperCase().replace(/\s+/g, ' ');
}

/** The postcode without spaces and hyphens (`"SW1A 1AA"` → `"SW1A1AA"`), the form zone patterns are matched against. */
export function compactPostcode(postcode: string): string {
  return normalizePostcode(postcode).replace(/[\s-]/g, '');
}

/**
 * Postcode shapes of the countries most orders go to, matched against the normalised postcode (upper case, one
 * space). They check the shape only (a well-formed code may not exist). Spaces and hyphens the post office writes
 * are optional, since shoppers leave them out.
 */
const POSTCODE_PATTERNS: Readonly<Record<string, RegExp>> = {
  US: /^\d{5}(-?\d{4})?$/,
  CA: /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/,
  GB: /^(GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$/,
  IE: /^([AC-FHKNPRTV-Y]\d{2}|D6W) ?[\dAC-FHKNPRTV-Y]{4}$/,
  DE: /^\d{5}$/,
  FR: /^\d{5}$/,
  IT: /^\d{5}$/,
  ES: /^\d{5}$/,
  FI: /^\d{5}$/,
  MX: /^\d{5}$/,
  KR: /^\d{5}$/,
  NL: /^[1-9]\d{3} ?[A-Z]{2}$/,
  BE: /^\d{4}$/,
  AT: /^\d{4}$/,
  CH: /^\d{4}$/,
  DK: /^\d{4}$/,
  NO: /^\d{4}$/,
  LU: /^\d{4}$/,
  AU: /^\d{4}$/,
  NZ: /^\d{4}$/,
  SE: /^\d{3} ?\d{2}$/,
  CZ: /^\d{3} ?\d{2}$/,
  SK: /^\d{3} ?\d{2}$/,
  GR: /^\d{3} ?\d{2}$/,
  PL: /^\d{2}-?\d{3}$/,
  PT: /^\d{4}-?\d{3}$/,
  JP: /^\d{3}-?\d{4}$/,
  BR: /^\d{5}-?\d{3}$/,
  IN: /^\d{6}$/,
  CN: /^\d{6}$/,
  SG: /^\d{6}$/,
  RU: /^\d{6}$/,
};

/** Any other country: 1–10 letters, digits, spaces or hyphens, starting with a letter or digit. */
const ANY_POSTCODE = /^[A-Z\d][A-Z\d -]{0,9}$/;

/** Whether the postcode has the country's shape (countries without a listed shape take 1–10 alphanumerics). */
export function postcodeFits(country: string, postcode: string): boolean {
  const code = normalizeCountry(country);
  const pattern = Object.hasOwn(POSTCODE_PATTERNS, code) ? POSTCODE_PATTERNS[code] : ANY_POSTCODE;
  return (pattern ?? ANY_POSTCODE).test(normalizePostcode(postcode));
}

/** Whether the country has a postcode shape of its own here (otherwise the generic one applies). */
export function hasPostcodePattern(country: string): boolean {
  return Object.hasOwn(POSTCODE_PATTERNS, normalizeCountry(country));
}

/**
 * The address in the form the rules compare: country and region upper case, the postcode normalised; a blank
 * region or postcode is dropped. Refuses a country that is not an ISO code and a postcode that does not fit it.
 */
export function validateAddress(address: ShippingAddress): Result<ShippingAddress, AddressError> {
  const country = normalizeCountry(address.country);
  if (!isKnownCountry(country)) return { ok: false, error: { type: 'UnknownCountry', country: address.country } };
  const region = address.region?.trim().toUpperCase();
  const postalCode = address.postalCode === undefined ? undefined : normalizePostcode(address.postalCode);
  if (postalCode && !postcodeFits(country, postalCode)) {
    return { ok: false, error: { type: 'PostcodeMismatch', country, postalCode } };
  }
  return { ok: true, value: { country, ...(region ? { region } : {}), ...(postalCode ? { postalCode } : {}) } };
}
