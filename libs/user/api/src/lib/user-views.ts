import type { Account, SavedAddress } from '@emporium/user-data-access';

/** What the SPA knows about the signed-in user. Dates travel as ISO strings (the API has no transformer). */
export function toSignedInUser(account: Account) {
  return {
    id: account.id,
    email: account.email,
    role: account.role,
    name: account.name,
    emailVerified: account.emailVerified,
  };
}

export function toProfile(account: Account) {
  return {
    ...toSignedInUser(account),
    phone: account.phone,
    marketingConsent: account.marketingConsent,
    createdAt: account.createdAt.toISOString(),
  };
}

export function toAddressView(address: SavedAddress) {
  return {
    id: address.id,
    kind: address.kind,
    label: address.label,
    isDefault: address.isDefault,
    firstName: address.firstName,
    lastName: address.lastName,
    company: address.company ?? null,
    line1: address.line1,
    line2: address.line2 ?? null,
    city: address.city,
    region: address.region ?? null,
    postalCode: address.postalCode ?? null,
    countryCode: address.countryCode,
    phone: address.phone ?? null,
    updatedAt: address.updatedAt.toISOString(),
  };
}
