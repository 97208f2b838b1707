import { availableFromError, cartErrorMessage, couponErrorMessage } from './cart-error';

/** A tRPC client error as the SPA receives it: a message and the `data` the server's error formatter adds. */
function apiError(code: string, data: Record<string, unknown> = {}, message = 'developer message') {
  return Object.assign(new Error(message), { data: { code, ...data } });
}

describe('cartErrorMessage', () => {
  it('says how many are left when the stock runs short', () => {
    expect(cartErrorMessage(apiError('CONFLICT', { reason: 'OUT_OF_STOCK', details: { available: 2 } }))).toBe('Only 2 left, counting any already in your cart.');
    expect(cartErrorMessage(apiError('CONFLICT', { reason: 'OUT_OF_STOCK', details: { available: 0 } }))).toBe('Sorry, this is sold out.');
    expect(cartErrorMessage(apiError('CONFLICT', { reason: 'OUT_OF_STOCK' }))).toBe('We don’t have that many in stock.');
  });

  it('names each refusal of the cart in the shopper’s words, never the server’s', () => {
    expect(cartErrorMessage(apiError('NOT_FOUND', { reason: 'VARIANT_NOT_FOUND' }))).toBe('This product is no longer in the shop.');
    expect(cartErrorMessage(apiError('CONFLICT', { reason: 'VARIANT_NOT_PURCHASABLE' }))).toBe('This option can’t be bought right now.');
    expect(cartErrorMessage(apiError('CONFLICT', { reason: 'LINE_LIMIT_REACHED' }))).toContain('Remove one to make room');
    expect(cartErrorMessage(apiError('NOT_FOUND', { reason: 'LINE_NOT_FOUND' }))).toBe('This product is no longer in your cart.');
    expect(cartErrorMessage(apiError('CONFLICT', { reason: 'CURRENCY_NOT_AVAILABLE' }))).toBe('None of the products in your cart is sold in that currency.');
  });

  it('shows the quantity’s own problem', () => {
    const error = apiError('BAD_REQUEST', { fieldErrors: [{ path: 'quantity', message: 'Quantity must be a whole number from 1 to 99' }] });
    expect(cartErrorMessage(error)).toBe('Quantity must be a whole number from 1 to 99');
  });

  it('falls back to the general description for anything else', () => {
    expect(cartErrorMessage(new TypeError('Failed to fetch'))).toBe('We couldn’t reach the shop. Check your connection and try again.');
  });
});

describe('couponErrorMessage', () => {
  it('shows the server’s sentence for a code it does not know or that does not apply', () => {
    expect(couponErrorMessage(apiError('NOT_FOUND', { reason: 'COUPON_NOT_FOUND' }, 'We don’t recognise the code ABC'))).toBe('We don’t recognise the code ABC');
    expect(couponErrorMessage(apiError('CONFLICT', { reason: 'COUPON_NOT_APPLICABLE' }, 'This code has expired.'))).toBe('This code has expired.');
  });

  it('shows the field problem of a malformed code', () => {
    expect(couponErrorMessage(apiError('BAD_REQUEST', { fieldErrors: [{ path: 'code', message: 'Enter a code' }] }))).toBe('Enter a code');
  });

  it('says how long to wait after too many codes were tried', () => {
    expect(couponErrorMessage(apiError('TOO_MANY_REQUESTS', { reason: 'COUPON_GUESSES_LIMITED', details: { retryAfterSeconds: 840 } }))).toBe('Too many codes tried. Try again in 14 minutes.');
    expect(couponErrorMessage(apiError('TOO_MANY_REQUESTS', { reason: 'COUPON_GUESSES_LIMITED' }))).toBe('Too many codes tried. Please wait a while and try again.');
  });

  it('does not show a server message without a coupon reason', () => {
    expect(couponErrorMessage(apiError('INTERNAL_SERVER_ERROR', {}, 'relation "coupon" does not exist'))).toBe('Something went wrong on our side. Please try again.');
  });
});

describe('availableFromError', () => {
  it('reads a whole number of units and nothing else', () => {
    expect(availableFromError(apiError('CONFLICT', { details: { available: 4 } }))).toBe(4);
    expect(availableFromError(apiError('CONFLICT', { details: { available: '4' } }))).toBeNull();
    expect(availableFromError(null)).toBeNull();
  });
});
