import { apiErrorCode, apiErrorMessage, isNotFound, shouldRetry } from './api-error';

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
});
