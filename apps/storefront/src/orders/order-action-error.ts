import { apiErrorCode, apiErrorMessage, apiFieldErrors } from '../lib/api-error';

/**
 * Why the order service refused a cancel or a return: its refusals are the order rules' sentences ("This order has
 * shipped and can no longer be cancelled"), so they are shown as they are; a field problem by its message; anything
 * else is described like other failures, never with the server's words.
 */
export function orderActionProblem(error: unknown): string {
  const field = apiFieldErrors(error)[0];
  if (field) return field.message;
  const code = apiErrorCode(error);
  if ((code === 'CONFLICT' || code === 'BAD_REQUEST') && error instanceof Error && error.message.trim()) return error.message.trim();
  if (code === 'NOT_FOUND') return 'This order can no longer be found.';
  return apiErrorMessage(error);
}
