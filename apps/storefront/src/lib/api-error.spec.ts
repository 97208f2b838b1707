import { apiErrorCode, apiErrorMessage, apiErrorReason, apiFieldErrors, formatWait, isNotFound, isSignedOut, retryAfterSeconds, shouldRetry } from './api-error';

/** The shape of a TRPCClientError as a query sees it. */
const trpcError = (code: string) => Object.assign(new Error('failed'), { data: { code, httpStatus: 500 } });
const networkError = new TypeError('Failed to fetch');

describe('apiErrorCode', () => {
  it('reads the tRPC code of a failed call', () => {
    expect(apiErrorCode(trpcError('NOT_FOUND'))).toBe('NOT_FOUND');
    expect(isNotFound(trpcError('NOT_FOUND'))).toBe(true);
    expect(isNotFound(trpcError('BAD_REQUEST'))).toBe(false);
  });

  it('has no code for a network failure or anything that is not an error', () => {
    expect(apiErrorCode(networkError)).toBeNull();
    expect(apiErrorCode(null)).toBeNull();
    expect(apiErrorCode({ data: null })).toBeNull();
    expect(apiErrorCode({ data: { code: 404 } })).toBeNull();
  });
});

describe('shouldRetry', () => {
  it('retries network failures and server errors a couple of times', () => {
    expect(shouldRetry(0, networkError)).toBe(true);
    expect(shouldRetry(1, trpcError('INTERNAL_SERVER_ERROR'))).toBe(true);
    expect(shouldRetry(2, trpcError('INTERNAL_SERVER_ERROR'))).toBe(false);
  });

  it('does not ask again when the answer will not change', () => {
    expect(shouldRetry(0, trpcError('NOT_FOUND'))).toBe(false);
    expect(shouldRetry(0, trpcError('BAD_REQUEST'))).toBe(false);
    expect(shouldRetry(0, trpcError('UNAUTHORIZED'))).toBe(false);
  });
});

describe('apiErrorMessage', () => {
  it('tells a visitor whose connection failed to check it', () => {
    expect(apiErrorMessage(networkError)).toMatch(/connection/);
  });

  it('never shows the server’s own message', () => {
    expect(apiErrorMessage(Object.assign(trpcError('INTERNAL_SERVER_ERROR'), { message: 'relation "product" does not exist' }))).toBe(
      'Something went wrong on our side. Please try again.',
    );
  });

  it('says a part of the shop is briefly unavailable when a service cannot be reached', () => {
    expect(apiErrorMessage(trpcError('SERVICE_UNAVAILABLE'))).toBe('This part of the shop is briefly unavailable. Please try again in a moment.');
  });
});

describe('the details of an expected failure', () => {
  const domainError = (code: string, reason: string, details?: Record<string, unknown>) =>
    Object.assign(new Error('refused'), { data: { code, httpStatus: 400, reason, details } });

  it('reads the stable reason a page switches on', () => {
    expect(apiErrorReason(domainError('FORBIDDEN', 'email_not_verified'))).toBe('email_not_verified');
    expect(apiErrorReason(trpcError('BAD_REQUEST'))).toBeNull();
    expect(apiErrorReason(networkError)).toBeNull();
  });

  it('reads field errors and skips malformed entries', () => {
    const refused = Object.assign(new Error('Invalid input'), {
      data: { code: 'BAD_REQUEST', fieldErrors: [{ path: 'postalCode', message: 'Enter your ZIP code' }, { path: 3 }, null] },
    });
    expect(apiFieldErrors(refused)).toEqual([{ path: 'postalCode', message: 'Enter your ZIP code' }]);
    expect(apiFieldErrors(trpcError('BAD_REQUEST'))).toEqual([]);
  });

  it('tells a rate-limited shopper how long to wait, rounded up', () => {
    const limited = domainError('TOO_MANY_REQUESTS', 'rate_limited', { retryAfterSeconds: 299.2 });
    expect(retryAfterSeconds(limited)).toBe(300);
    expect(apiErrorMessage(limited)).toBe('Too many attempts. Try again in 5 minutes.');
    expect(apiErrorMessage(domainError('TOO_MANY_REQUESTS', 'rate_limited'))).toBe('Too many attempts. Please wait a while and try again.');
  });

  it('knows when the session behind a request has ended', () => {
    expect(isSignedOut(trpcError('UNAUTHORIZED'))).toBe(true);
    expect(isSignedOut(domainError('UNAUTHORIZED', 'signed_out'))).toBe(true);
    expect(isSignedOut(domainError('UNAUTHORIZED', 'invalid_credentials'))).toBe(false);
  });
});

describe('formatWait', () => {
  it('says seconds under a minute and a half, whole minutes above', () => {
    expect(formatWait(1)).toBe('1 second');
    expect(formatWait(45)).toBe('45 seconds');
    expect(formatWait(89)).toBe('89 seconds');
    expect(formatWait(90)).toBe('2 minutes');
    expect(formatWait(900)).toBe('15 minutes');
  });
});
