import { emailSchema } from '@emporium/user-contracts';
import { type AddressFormValues, emptyAddressForm, toAddressInput } from '../account/lib/address-form';

/** An address as the checkout takes it: the address book's fields, without its label, kind or default flag. */
export interface CheckoutAddress {
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
export function checkoutAddressForm(address: CheckoutAddress, email = ''): CheckoutAddressValues {
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

/** Any stored or parsed address (a saved one carries more fields) narrowed to what the checkout sends. */
export function toCheckoutAddress(address: CheckoutAddress): CheckoutAddress {
  return {
    firstName: address.firstName,
    lastName: address.lastName,
    company: address.company || null,
    line1: address.line1,
    line2: address.line2 || null,
    city: address.city,
    region: address.region || null,
    postalCode: address.postalCode || null,
    countryCode: address.countryCode,
    phone: address.phone || null,
  };
}

/** Where delivery is quoted and taxed for: the country, and the region and postcode when the address has them. */
export function destinationOf(address: Pick<CheckoutAddress, 'countryCode' | 'region' | 'postalCode'>): { country: string; region?: string; postalCode?: string } {
  return {
    country: address.countryCode,
    ...(address.region ? { region: address.region } : {}),
    ...(address.postalCode ? { postalCode: address.postalCode } : {}),
  };
}

/** Two addresses are one when every field the checkout sends is the same. */
export function sameAddress(a: CheckoutAddress, b: CheckoutAddress): boolean {
  const left = toCheckoutAddress(a);
  const right = toCheckoutAddress(b);
  return (Object.keys(left) as Array<keyof CheckoutAddress>).every((key) => left[key] === right[key]);
}
