import { addressPartOf, checkoutAddressForm, destinationOf, emailProblem, emptyCheckoutAddress, postcodeProblem, sameAddress, toCheckoutAddress } from './checkout-address';

const ada = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  line1: '1 Infinite Loop',
  city: 'Cupertino',
  region: 'CA',
  postalCode: '95014',
  countryCode: 'US',
};

describe('checkout addresses', () => {
  it('narrows a saved address to the fields the checkout sends', () => {
    const saved = { ...ada, id: 'a1', kind: 'shipping', label: 'Home', isDefault: true, company: '', line2: null, phone: ' +1 408 555 0100 ' };
    // The checkout takes no nulls: an empty optional field is left out.
    expect(toCheckoutAddress(saved)).toEqual({ ...ada, phone: '+1 408 555 0100' });
  });

  it('quotes delivery for the country, region and postcode it has', () => {
    expect(destinationOf(ada)).toEqual({ country: 'US', region: 'CA', postalCode: '95014' });
    expect(destinationOf({ countryCode: 'IE', region: null, postalCode: '' })).toEqual({ country: 'IE' });
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

  it('asks for a postcode whatever the country, as a courier needs one', () => {
    expect(postcodeProblem(' ')).toEqual({ postalCode: 'Enter a postcode' });
    expect(postcodeProblem('D02 X285')).toEqual({});
  });

  it('tells the same address from another', () => {
    expect(sameAddress(ada, { ...ada, company: '', phone: null })).toBe(true);
    expect(sameAddress(ada, { ...ada, line1: '2 Infinite Loop' })).toBe(false);
  });
});
