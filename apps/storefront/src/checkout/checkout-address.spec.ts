import { addressPartOf, checkoutAddressForm, destinationOf, emailProblem, emptyCheckoutAddress, sameAddress, toCheckoutAddress } from './checkout-address';

const ada = {
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
};

describe('checkout addresses', () => {
  it('narrows a saved address to the fields the checkout sends', () => {
    const saved = { ...ada, id: 'a1', kind: 'shipping', label: 'Home', isDefault: true, company: '' };
    expect(toCheckoutAddress(saved)).toEqual(ada);
  });

  it('quotes delivery for the country, region and postcode it has', () => {
    expect(destinationOf(ada)).toEqual({ country: 'US', region: 'CA', postalCode: '95014' });
    expect(destinationOf({ countryCode: 'IE', region: null, postalCode: null })).toEqual({ country: 'IE' });
  });

  it('round-trips an address through the form', () => {
    const values = checkoutAddressForm(ada, 'ada@example.com');
    expect(values.email).toBe('ada@example.com');
    expect(addressPartOf(values)).toMatchObject({ kind: 'shipping', firstName: 'Ada', postalCode: '95014', isDefault: false });
    expect(addressPartOf(values)).not.toHaveProperty('email');
    expect(emptyCheckoutAddress('DE').countryCode).toBe('DE');
  });

  it('asks a guest for a valid e-mail address, and a customer for none', () => {
    expect(emailProblem('ada@example.com', true)).toEqual({});
    expect(emailProblem('', true)).toEqual({ email: 'Enter your e-mail address' });
    expect(emailProblem('', false)).toEqual({});
  });

  it('tells the same address from another', () => {
    expect(sameAddress(ada, { ...ada, company: '' })).toBe(true);
    expect(sameAddress(ada, { ...ada, line1: '2 Infinite Loop' })).toBe(false);
  });
});
