import type { ApiFieldError } from '../../lib/api-error';

/** Messages by field name, one per field; `FORM_ERROR` holds a problem with the input as a whole. */
export type FieldErrors = Readonly<Record<string, string>>;

/** The key of a problem that belongs to no single field (a zod issue at the root, a path the form does not show). */
export const FORM_ERROR = '';

interface IssueLike {
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
}

/**
 * zod issues as the form shows them: the first message for each field, keyed by its dotted path (the same form the
 * API uses in `fieldErrors`), so one helper serves the browser's check and the server's answer.
 */
export function issuesToFieldErrors(issues: readonly IssueLike[]): FieldErrors {
  return collect(issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })));
}

/**
 * The server's `fieldErrors` for a form: `prefix` strips the part of the path that wraps the form's values
 * (`address.` in `{ id, address }`), and a path the form has no field for (`fields`) goes to `FORM_ERROR`, so it is
 * still shown rather than lost.
 */
export function apiFieldErrorsFor(errors: readonly ApiFieldError[], fields: readonly string[], prefix = ''): FieldErrors {
  const known = new Set(fields);
  return collect(
    errors.map((error) => {
      const path = prefix && error.path.startsWith(prefix) ? error.path.slice(prefix.length) : error.path;
      return known.has(path) ? { path, message: error.message } : { path: FORM_ERROR, message: error.message };
    }),
  );
}

/** The fields with a problem, in the order the form lists them; a form-level problem is not a field. */
export function invalidFields(errors: FieldErrors, fields: readonly string[]): string[] {
  return fields.filter((field) => field !== FORM_ERROR && errors[field] !== undefined);
}

function collect(errors: ReadonlyArray<{ path: string; message: string }>): FieldErrors {
  const result: Record<string, string> = {};
  for (const { path, message } of errors) {
    if (result[path] === undefined) result[path] = message;
  }
  return result;
}
