import { addressFieldErrors, checkoutRefusal } from './checkout-refusal';

function apiError(code: string, data: Record<string, unknown> = {}, message = 'developer message') {
  return Object.assign(new Error(message), { data: { code, ...data } });
}

describe('checkoutRefusal', () => {
  it('shows the checkout’s own sentence for a conflict and offers the way back to the cart', () => {
    const refusal = checkoutRefusal(apiError('CONFLICT', { reason: 'OUT_OF_STOCK' }, 'Only 2 of LINEN-S are left. Adjust your cart to continue; you have not been charged'));
    expect(refusal).toEqual({ message: 'Only 2 of LINEN-S are left. Adjust your cart to continue; you have not been charged.', backToCart: true, fieldErrors: [] });
  });

  it('sends field problems to their fields', () => {
    const fieldErrors = [{ path: 'shippingAddress.postalCode', message: 'Enter a valid ZIP code' }];
    const refusal = checkoutRefusal(apiError('BAD_REQUEST', { fieldErrors }, 'Invalid input'));
    expect(refusal.fieldErrors).toEqual(fieldErrors);
    expect(refusal.backToCart).toBe(false);
  });

  it('never shows the server’s words for anything else', () => {
    expect(checkoutRefusal(apiError('INTERNAL_SERVER_ERROR', {}, 'relation "checkout" does not exist')).message).toBe('Something went wrong on our side. Please try again.');
    expect(checkoutRefusal(new TypeError('Failed to fetch')).message).toBe('We couldn’t reach the shop. Check your connection and try again.');
  });
});

describe('addressFieldErrors', () => {
  it('picks one address’s problems by the form’s field names', () => {
    const errors = [
      { path: 'email', message: 'Enter a valid e-mail address' },
      { path: 'shippingAddress.city', message: 'Enter a city' },
      { path: 'billingAddress.line1', message: 'Enter the street address' },
    ];
    expect(addressFieldErrors(errors, 'shippingAddress')).toEqual({ email: 'Enter a valid e-mail address', city: 'Enter a city' });
    expect(addressFieldErrors(errors, 'billingAddress')).toEqual({ line1: 'Enter the street address' });
  });
});
