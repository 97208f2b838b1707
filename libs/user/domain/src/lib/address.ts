import { type Country, findCountry, type Region } from './countries';
import { isPlausiblePhone, PHONE_MAX_LENGTH } from './phone';
import { codePointLength } from './text';

export const ADDRESS_KINDS = ['shipping', 'billing'] as const;
export type AddressKind = (typeof ADDRESS_KINDS)[number];

/** A postal address as a shopper enters it; `normalizeAddress` gives the form it is stored in. */
export interface AddressFields {
  firstName: string;
  lastName: string;
  company?: string | null;
  line1: string;
  line2?: string | null;
  city: string;
  /** A region code (`CA`, `NSW`) where the country lists its regions, free text otherwise. */
  region?: string | null;
  postalCode?: string | null;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  phone?: string | null;
}

/** A problem with one field, `path` naming the field as the form and the API's `fieldErrors` do. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

const MAX_LENGTHS = { firstName: 100, lastName: 100, company: 100, line1: 200, line2: 200, city: 200 } as const;

/**
 * The stored form of an address: text trimmed and in Unicode NFC, empty optional fields null, the country code and
 * postcode upper-case with single spaces, a listed region given by name or code in any case turned into its code.
 * Fields a country's addresses do not have (a Hong Kong postcode) are dropped. Idempotent.
 */
export function normalizeAddress(fields: AddressFields): AddressFields {
  const countryCode = tidy(fields.countryCode.toUpperCase());
  const country = findCountry(countryCode);
  return {
    firstName: tidy(fields.firstName),
    lastName: tidy(fields.lastName),
    company: optional(fields.company),
    line1: tidy(fields.line1),
    line2: optional(fields.line2),
    city: tidy(fields.city),
    region: normalizeRegion(optional(fields.region), country),
    postalCode: normalizePostalCode(fields.postalCode, country),
    countryCode,
    phone: optional(fields.phone),
  };
}

/**
 * Every problem with an address, in form order, at most one per field; empty when it can be shipped to. The
 * address is normalised first, so a raw form and its stored form get the same answer.
 */
export function validateAddress(fields: AddressFields): FieldError[] {
  const address = normalizeAddress(fields);
  const errors: FieldError[] = [];
  const add = (path: keyof AddressFields, message: string) => errors.push({ path, message });
  const text = (path: keyof typeof MAX_LENGTHS, missing: string | null) => {
    const value = address[path] ?? '';
    if (value === '') {
      if (missing !== null) add(path, missing);
    } else if (codePointLength(value) > MAX_LENGTHS[path]) {
      add(path, `Use at most ${MAX_LENGTHS[path]} characters`);
    }
  };

  text('firstName', 'Enter a first name');
  text('lastName', 'Enter a last name');
  text('company', null);
  text('line1', 'Enter an address');
  text('line2', null);
  text('city', 'Enter a town or city');

  const country = findCountry(address.countryCode);
  if (address.countryCode === '') add('countryCode', 'Select a country');
  else if (!country) add('countryCode', "We don't deliver to this country yet");
  if (country) {
    const region = regionProblem(address.region ?? null, country);
    if (region) add('region', region);
    const postalCode = postalCodeProblem(address.postalCode ?? null, country);
    if (postalCode) add('postalCode', postalCode);
  }

  const phone = address.phone ?? null;
  if (phone !== null) {
    if (phone.length > PHONE_MAX_LENGTH) add('phone', `Use at most ${PHONE_MAX_LENGTH} characters`);
    else if (!isPlausiblePhone(phone)) add('phone', 'Enter a valid phone number');
  }
  return errors;
}

function regionProblem(region: string | null, country: Country): string | null {
  const label = midSentence(country.regionLabel);
  if (region === null) {
    if (country.region !== 'required') return null;
    return country.regions ? `Select your ${label}` : `Enter your ${label}`;
  }
  if (country.regions && !country.regions.some((known) => known.code === region)) return `Select a ${label} from the list`;
  if (codePointLength(region) > 100) return 'Use at most 100 characters';
  return null;
}

function postalCodeProblem(postalCode: string | null, country: Country): string | null {
  const label = midSentence(country.postalCodeLabel);
  if (postalCode === null) return country.postalCode === 'required' ? `Enter your ${label}` : null;
  const pattern = postalCodePattern(country);
  if (pattern && !pattern.test(postalCode)) {
    return country.postalCodeExample ? `Enter a valid ${label}, like ${country.postalCodeExample}` : `Enter a valid ${label}`;
  }
  return null;
}

const patterns = new Map<string, RegExp>();
function postalCodePattern(country: Country): RegExp | undefined {
  if (!country.postalCodePattern) return undefined;
  let pattern = patterns.get(country.code);
  if (!pattern) {
    pattern = new RegExp(country.postalCodePattern);
    patterns.set(country.code, pattern);
  }
  return pattern;
}

function normalizeRegion(region: string | null, country: Country | undefined): string | null {
  if (region === null || !country) return region;
  if (country.region === 'none') return null;
  if (!country.regions) return region;
  const folded = fold(region);
  const match = country.regions.find((known: Region) => fold(known.code) === folded || fold(known.name) === folded);
  return match ? match.code : region;
}

function normalizePostalCode(postalCode: string | null | undefined, country: Country | undefined): string | null {
  if (country?.postalCode === 'none') return null;
  return optional(postalCode?.toUpperCase().replace(/\s+/g, ' '));
}

function tidy(value: string): string {
  return value.normalize('NFC').trim();
}

function optional(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const tidied = tidy(value);
  return tidied === '' ? null : tidied;
}

/** Case- and accent-insensitive, so `quebec`, `Québec` and `QC` all find Quebec. */
function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A field label inside a sentence: "postal code", but "ZIP code", "CEP" and "Eircode" keep their capitals. */
function midSentence(label: string): string {
  if (label === 'Eircode' || /^[A-Z]{2}/.test(label)) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}
