import { emailSchema } from '@emporium/user-contracts';
import { type AddressFormValues, emptyAddressForm, toAddressInput } from '../account/lib/address-form';

/**
 * An address as the checkout takes it: the address book's fields, without its label, kind or default flag. An empty
 * optional field is left out (the checkout takes no nulls), and a postcode is always there: couriers need one.
 */
export interface CheckoutAddress {
  readonly firstName: string;
  readonly lastName: string;
  readonly company?: string;
  readonly line1: string;
  readonly line2?: string;
  readonly city: string;
  readonly region?: string;
  readonly postalCode: string;
  readonly countryCode: string;
  readonly phone?: string;
}

/** An address from the book, the form or the checkout: optional parts may be null, empty or missing. */
export interface AddressLike {
  readonly firstName: string;
  readonly lastName: string;
  readonly company?: string | null;
  readonly line1: string;
  readonly line2?: string | null;
  readonly city: string;
  readonly region?: string | null;
  readonly postalCode?: string | null;
  readonly countryCode: string;
  readonly phone?: string | null;
}

/** The form's values: the address book form's (its kind fixed, no label) and, for a guest, the e-mail address. */
export type CheckoutAddressValues = AddressFormValues & { readonly email: string };

/** The fields in the order the form shows them, which is the order problems are focused in. */
export const CHECKOUT_ADDRESS_FIELDS = [
  'email',
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
] as const satisfies ReadonlyArray<keyof CheckoutAddressValues>;

export function emptyCheckoutAddress(countryCode: string, email = ''): CheckoutAddressValues {
  return { ...emptyAddressForm('shipping', countryCode), email };
}

/** An address the shopper gave before (going back a step) in the form again. */
export function checkoutAddressForm(address: AddressLike, email = ''): CheckoutAddressValues {
  return {
    ...emptyAddressForm('shipping', address.countryCode),
    firstName: address.firstName,
    lastName: address.lastName,
    company: address.company ?? '',
    line1: address.line1,
    line2: address.line2 ?? '',
    city: address.city,
    region: address.region ?? '',
    postalCode: address.postalCode ?? '',
    phone: address.phone ?? '',
    email,
  };
}

/** What the address book's schema checks for the form: the address part only, as a new shipping address. */
export function addressPartOf(values: CheckoutAddressValues) {
  const { email: _email, ...address } = values;
  return toAddressInput({ ...address, kind: 'shipping', label: '', isDefault: false });
}

/** The e-mail's problem in the server's own words, or none; a signed-in customer's e-mail is not asked for. */
export function emailProblem(email: string, asked: boolean): Readonly<Record<string, string>> {
  if (!asked) return {};
  const parsed = emailSchema.safeParse(email);
  return parsed.success ? {} : { email: parsed.error.issues[0]?.message ?? 'Enter a valid e-mail address' };
}

/** The checkout's own rule on top of the address book's: a parcel needs a postcode, whatever the country. */
export function postcodeProblem(postalCode: string): Readonly<Record<string, string>> {
  return postalCode.trim() ? {} : { postalCode: 'Enter a postcode' };
}

/** Any stored or parsed address (a saved one carries more fields) narrowed to what the checkout sends. */
export function toCheckoutAddress(address: AddressLike): CheckoutAddress {
  const optional = (key: 'company' | 'line2' | 'region' | 'phone') => {
    const value = address[key]?.trim();
    return value ? { [key]: value } : {};
  };
  return {
    firstName: address.firstName,
    lastName: address.lastName,
    ...optional('company'),
    line1: address.line1,
    ...optional('line2'),
    city: address.city,
    ...optional('region'),
    postalCode: address.postalCode?.trim() ?? '',
    countryCode: address.countryCode,
    ...optional('phone'),
  };
}

/** Where delivery is quoted and taxed for: the country, and the region and postcode when the address has them. */
export function destinationOf(address: Pick<AddressLike, 'countryCode' | 'region' | 'postalCode'>): { country: string; region?: string; postalCode?: string } {
  return {
    country: address.countryCode,
    ...(address.region ? { region: address.region } : {}),
    ...(address.postalCode ? { postalCode: address.postalCode } : {}),
  };
}

const ADDRESS_KEYS = ['firstName', 'lastName', 'company', 'line1', 'line2', 'city', 'region', 'postalCode', 'countryCode', 'phone'] as const;

/** Two addresses are one when every field the checkout sends is the same. */
export function sameAddress(a: AddressLike, b: AddressLike): boolean {
  const left = toCheckoutAddress(a);
  const right = toCheckoutAddress(b);
  return ADDRESS_KEYS.every((key) => left[key] === right[key]);
}
