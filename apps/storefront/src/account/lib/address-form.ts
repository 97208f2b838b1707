import { type AddressKind, COUNTRIES, type Country, type FieldUse, findCountry, type Region } from '@emporium/user-domain';

/** The address form's values: every text field a string (cleared fields are `''`, which the schema turns into null). */
export type AddressFormValues = {
  readonly kind: AddressKind;
  readonly countryCode: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly company: string;
  readonly line1: string;
  readonly line2: string;
  readonly city: string;
  readonly region: string;
  readonly postalCode: string;
  readonly phone: string;
  readonly label: string;
  readonly isDefault: boolean;
};

/** The fields in the order the form shows them, which is also the order problems are focused in. */
export const ADDRESS_FIELDS = [
  'kind',
  'countryCode',
  'firstName',
  'lastName',
  'company',
  'line1',
  'line2',
  'city',
  'region',
  'postalCode',
  'phone',
  'label',
  'isDefault',
] as const satisfies ReadonlyArray<keyof AddressFormValues>;

/** How the form asks for the country-specific parts of an address. */
export interface CountryFieldRules {
  readonly region: FieldUse;
  readonly regionLabel: string;
  /** When present, the region is picked from this list (stored as its code). */
  readonly regions: readonly Region[] | null;
  readonly postalCode: FieldUse;
  readonly postalCodeLabel: string;
  readonly postalCodeExample: string | null;
}

/** For a country the shop does not know (an old saved address), ask for everything and require nothing extra. */
const UNKNOWN_COUNTRY: CountryFieldRules = {
  region: 'optional',
  regionLabel: 'Region',
  regions: null,
  postalCode: 'optional',
  postalCodeLabel: 'Postal code',
  postalCodeExample: null,
};

export function countryFieldRules(countryCode: string): CountryFieldRules {
  const country = findCountry(countryCode);
  if (!country) return UNKNOWN_COUNTRY;
  return {
    region: country.region,
    regionLabel: country.regionLabel,
    regions: country.regions ?? null,
    postalCode: country.postalCode,
    postalCodeLabel: country.postalCodeLabel,
    postalCodeExample: country.postalCodeExample ?? null,
  };
}

/** The countries for the picker, by name. */
export const SHIPPING_COUNTRIES: readonly Pick<Country, 'code' | 'name'>[] = COUNTRIES;

/**
 * The country to start a new address with: the region of the browser's first language the shop ships to
 * (`en-GB` → United Kingdom), else the United States.
 */
export function defaultCountryCode(languages: readonly string[]): string {
  for (const language of languages) {
    const region = language.split(/[-_]/)[1];
    if (region && /^[a-z]{2}$/i.test(region) && findCountry(region)) return region.toUpperCase();
  }
  return 'US';
}

export function emptyAddressForm(kind: AddressKind, countryCode: string): AddressFormValues {
  return {
    kind,
    countryCode,
    firstName: '',
    lastName: '',
    company: '',
    line1: '',
    line2: '',
    city: '',
    region: '',
    postalCode: '',
    phone: '',
    label: '',
    isDefault: false,
  };
}

interface StoredAddress {
  readonly kind: AddressKind;
  readonly label: string | null;
  readonly isDefault: boolean;
  readonly firstName: string;
  readonly lastName: string;
  readonly company: string | null;
  readonly line1: string;
  readonly line2: string | null;
  readonly city: string;
  readonly region: string | null;
  readonly postalCode: string | null;
  readonly countryCode: string;
  readonly phone: string | null;
}

/** A saved address in the form, to edit it. */
export function addressFormFromSaved(address: StoredAddress): AddressFormValues {
  return {
    kind: address.kind,
    countryCode: address.countryCode,
    firstName: address.firstName,
    lastName: address.lastName,
    company: address.company ?? '',
    line1: address.line1,
    line2: address.line2 ?? '',
    city: address.city,
    region: address.region ?? '',
    postalCode: address.postalCode ?? '',
    phone: address.phone ?? '',
    label: address.label ?? '',
    isDefault: address.isDefault,
  };
}

/**
 * Switches the form to another country. The region stays only where it still means something (a free-text county
 * stays free text; a US state is not a Canadian province), and a postcode goes when the new country has none.
 */
export function withCountry(values: AddressFormValues, countryCode: string): AddressFormValues {
  if (countryCode === values.countryCode) return values;
  const rules = countryFieldRules(countryCode);
  const previous = countryFieldRules(values.countryCode);
  // Codes repeat across lists (WA is Washington and Western Australia), so a listed region never carries over.
  const regionFits = rules.region !== 'none' && rules.regions === null && previous.regions === null;
  return {
    ...values,
    countryCode,
    region: regionFits ? values.region : '',
    postalCode: rules.postalCode === 'none' ? '' : values.postalCode,
  };
}

/** What the API's `addressInput` is given: a blank label is left out rather than saved as an empty one. */
export function toAddressInput(values: AddressFormValues) {
  const { label, ...address } = values;
  return label.trim() ? { ...address, label } : address;
}

/** Countries whose addresses put the postcode before the town ("10115 Berlin"). */
const POSTCODE_FIRST = new Set(['AT', 'BE', 'CH', 'CZ', 'DE', 'DK', 'ES', 'FI', 'FR', 'IT', 'LU', 'NL', 'NO', 'PL', 'PT', 'SE']);

/** A saved address as the lines of a label: name, company, street lines, town line, country. */
export function addressLines(address: StoredAddress): string[] {
  const country = findCountry(address.countryCode);
  const region = address.region ?? '';
  const postalCode = address.postalCode ?? '';
  const town = POSTCODE_FIRST.has(address.countryCode)
    ? [postalCode, address.city].filter(Boolean).join(' ')
    : [[address.city, region].filter(Boolean).join(', '), postalCode].filter(Boolean).join(' ');
  return [
    `${address.firstName} ${address.lastName}`.trim(),
    address.company ?? '',
    address.line1,
    address.line2 ?? '',
    POSTCODE_FIRST.has(address.countryCode) && region ? `${town}, ${region}` : town,
    country?.name ?? address.countryCode,
  ].filter((line) => line !== '');
}
