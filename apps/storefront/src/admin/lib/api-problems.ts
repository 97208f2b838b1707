/**
 * What the admin shows of a failed call. Staff see the server's own words for expected failures (a domain reason
 * such as CATEGORY_NOT_EMPTY comes with a message written for people) and every field problem by its path; the
 * unexpected still gets the storefront's generic wording. Structural, like lib/api-error.ts, so it works on any
 * TRPCClientError-shaped value.
 */
import { apiErrorCode, apiErrorMessage } from '../../lib/api-error';

export interface FieldProblem {
  /** Dotted path into the input (`variants.0.sku`); empty for the input as a whole. */
  readonly path: string;
  readonly message: string;
}

function dataOf(error: unknown): Record<string, unknown> | null {
  if (typeof error !== 'object' || error === null || !('data' in error)) return null;
  const { data } = error;
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : null;
}

/** Every field problem the server reported (`data.fieldErrors`), in its order. */
export function fieldProblems(error: unknown): FieldProblem[] {
  const list = dataOf(error)?.['fieldErrors'];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { path, message } = item as { path?: unknown; message?: unknown };
    return typeof message === 'string' ? [{ path: typeof path === 'string' ? path : '', message }] : [];
  });
}

/** The stable reason of an expected failure (`data.reason`, e.g. `last_admin`), or null. */
export function errorReason(error: unknown): string | null {
  const reason = dataOf(error)?.['reason'];
  return typeof reason === 'string' ? reason : null;
}

export function errorDetails(error: unknown): Readonly<Record<string, unknown>> | null {
  const details = dataOf(error)?.['details'];
  return typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : null;
}

function serverMessage(error: unknown): string {
  return error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string')
    ? String((error as { message: string }).message)
    : '';
}

/** Wording for reasons whose server message is terse or written for another audience. */
const REASON_MESSAGES: Readonly<Record<string, string>> = {
  own_role: 'You cannot change your own role. Ask another administrator.',
  last_admin: 'This is the shop’s last administrator. Make someone else an administrator first.',
  not_admin: 'Only an administrator can change roles.',
  unchanged: 'This person already has that role.',
  mailbox_disabled: 'The dev mailbox is off because the shop sends e-mail over SMTP.',
  cross_site_request: 'The request was refused because it did not come from this shop. Reload the page and try again.',
};

/** One sentence for a toast or an alert: what went wrong, in words staff can act on. */
export function describeProblem(error: unknown): string {
  const reason = errorReason(error);
  if (reason && REASON_MESSAGES[reason]) return REASON_MESSAGES[reason];
  const code = apiErrorCode(error);
  if (code === 'UNAUTHORIZED') return 'Your session has ended. Sign in again to continue.';
  if (code === 'FORBIDDEN') return 'Your account is not allowed to do this.';
  const fields = fieldProblems(error);
  const [first] = fields;
  if (first) return fields.length === 1 ? `Check this: ${describeField(first)}` : `Check the ${fields.length} problems marked below.`;
  // A domain failure's message is meant for people (“The category has 2 subcategories…”); a bare one is not.
  if (reason || code === 'CONFLICT' || code === 'NOT_FOUND') return serverMessage(error) || apiErrorMessage(error);
  return apiErrorMessage(error);
}

/** "sku: is used by another variant"; a problem with the whole input is just its message. */
export function describeField(problem: FieldProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

/**
 * Field messages by the form field they belong to: `map` turns a server path into a field name (or null when the
 * form has no such field). Messages for one field are joined; problems no field claims are returned apart, so a
 * form can list them instead of losing them.
 */
export function fieldMessages(
  problems: readonly FieldProblem[],
  map: (path: string) => string | null = (path) => path,
): { readonly byField: Readonly<Record<string, string>>; readonly unclaimed: readonly FieldProblem[] } {
  const byField: Record<string, string> = {};
  const unclaimed: FieldProblem[] = [];
  for (const problem of problems) {
    const field = map(problem.path);
    if (field === null) unclaimed.push(problem);
    else byField[field] = byField[field] ? `${byField[field]}; ${problem.message}` : problem.message;
  }
  return { byField, unclaimed };
}
