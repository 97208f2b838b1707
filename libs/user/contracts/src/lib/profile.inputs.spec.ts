import { addressIdInput, addressInput, updateAddressInput, updateProfileInput } from './profile.inputs';

const issues = (result: { error?: { issues: readonly { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('updateProfileInput', () => {
  it('accepts a name, phone and consent, and clears emptied fields to null', () => {
    expect(updateProfileInput.parse({ name: ' Ada ', phone: ' +44 20 7946 0958 ', marketingConsent: false })).toEqual({
      name: 'Ada',
      phone: '+44 20 7946 0958',
      marketingConsent: false,
    });
    expect(updateProfileInput.parse({ name: '', phone: null })).toEqual({ name: null, phone: null });
    expect(updateProfileInput.parse({})).toEqual({});
  });

  it('refuses mass-assigned fields', () => {
    for (const extra of [{ role: 'admin' }, { email: 'mallory@example.com' }, { userId: '7d2b7c4e-2f4a-4b6e-9c1d-3e5f7a9b1c2d' }]) {
      const result = updateProfileInput.safeParse({ name: 'Mallory', ...extra });
      expect(result.error?.issues).toEqual([expect.objectContaining({ code: 'unrecognized_keys', keys: Object.keys(extra) })]);
    }
  });

  it('refuses an implausible or long phone number and a long name', () => {
    expect(issues(updateProfileInput.safeParse({ phone: 'call me' }))).toEqual(['phone: Enter a valid phone number']);
    expect(updateProfileInput.safeParse({ phone: '1'.repeat(33) }).error?.issues[0]?.path).toEqual(['phone']);
    expect(issues(updateProfileInput.safeParse({ name: 'x'.repeat(101) }))).toEqual(['name: Use at most 100 characters']);
  });
});

describe('addressInput', () => {
  const good = {
    kind: 'shipping',
    firstName: ' Ada ',
    lastName: 'Lovelace',
    line1: '1 Infinite Loop',
    city: 'Cupertino',
    region: 'california',
    postalCode: '95014',
    countryCode: 'us',
  };

  it('accepts a good address and parses it to its stored form', () => {
    expect(addressInput.parse({ ...good, isDefault: true, label: 'Home', company: '' })).toEqual({
      kind: 'shipping',
      isDefault: true,
      label: 'Home',
      firstName: 'Ada',
      lastName: 'Lovelace',
      company: null,
      line1: '1 Infinite Loop',
      line2: null,
      city: 'Cupertino',
      region: 'CA',
      postalCode: '95014',
      countryCode: 'US',
      phone: null,
    });
  });

  it('refuses a US address without a state on path region', () => {
    const result = addressInput.safeParse({ ...good, region: undefined });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['region'], message: 'Select your state' })]);
  });

  it('reports every field problem at once, at its path', () => {
    expect(issues(addressInput.safeParse({ ...good, firstName: '', postalCode: 'ABC', label: 'x'.repeat(51) }))).toEqual([
      'label: Use at most 50 characters',
      'firstName: Enter a first name',
      'postalCode: Enter a valid ZIP code, like 94103',
    ]);
    expect(issues(addressInput.safeParse({ ...good, countryCode: 'XX' }))).toEqual(["countryCode: We don't deliver to this country yet"]);
  });

  it('refuses an unknown kind, wrong types and extra keys', () => {
    expect(addressInput.safeParse({ ...good, kind: 'holiday' }).error?.issues[0]?.path).toEqual(['kind']);
    expect(addressInput.safeParse({ ...good, city: 7 }).error?.issues[0]?.path).toEqual(['city']);
    expect(addressInput.safeParse({ ...good, userId: 'x' }).error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['userId'] });
  });
});

describe('updateAddressInput and addressIdInput', () => {
  const id = '7d2b7c4e-2f4a-4b6e-9c1d-3e5f7a9b1c2d';
  const address = { kind: 'billing', firstName: 'Ada', lastName: 'L', line1: '1 Rue', city: 'Paris', postalCode: '75001', countryCode: 'FR' };

  it('take an address id', () => {
    expect(updateAddressInput.parse({ id, address }).address.countryCode).toBe('FR');
    expect(addressIdInput.parse({ id })).toEqual({ id });
    expect(addressIdInput.safeParse({ id: 'not-a-uuid' }).error?.issues[0]?.path).toEqual(['id']);
  });

  it('report nested address problems under address', () => {
    expect(issues(updateAddressInput.safeParse({ id, address: { ...address, postalCode: '7500' } }))).toEqual([
      'address.postalCode: Enter a valid postal code, like 75001',
    ]);
  });
});
