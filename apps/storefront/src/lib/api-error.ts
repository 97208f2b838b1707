/**
 * Reads the tRPC error code (`NOT_FOUND`, `BAD_REQUEST`…) from a failed query. Structural rather than
 * `instanceof TRPCClientError`, so it also works on errors that crossed a module or realm boundary.
 * A network failure or a non-tRPC error has no code.
 */
export function apiErrorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('data' in error)) return null;
  const { data } = error;
  if (typeof data !== 'object' || data === null || !('code' in data)) return null;
  return typeof data.code === 'string' ? data.code : null;
}

export function isNotFound(error: unknown): boolean {
  return apiErrorCode(error) === 'NOT_FOUND';
}

/** Failures that may pass on their own: the network, or the server being busy or broken. */
const TRANSIENT_CODES = new Set(['INTERNAL_SERVER_ERROR', 'BAD_GATEWAY', 'SERVICE_UNAVAILABLE', 'GATEWAY_TIMEOUT', 'TIMEOUT']);
const MAX_RETRIES = 2;

/** Retries transient failures a couple of times; asking again for a missing product or with bad input is pointless. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  const code = apiErrorCode(error);
  return code === null || TRANSIENT_CODES.has(code);
}

/** What to tell the visitor: never the server's own message, which is written for developers. */
export function apiErrorMessage(error: unknown): string {
  const code = apiErrorCode(error);
  if (code === null) return 'We couldn’t reach the shop. Check your connection and try again.';
  if (code === 'TOO_MANY_REQUESTS') return 'The shop is very busy right now. Please try again in a moment.';
  return 'Something went wrong on our side. Please try again.';
}
