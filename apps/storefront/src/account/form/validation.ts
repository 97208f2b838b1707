import type { z } from 'zod';
import { type FieldErrors, issuesToFieldErrors } from '../lib/field-errors';

export type Validation<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly errors: FieldErrors };

/**
 * A form's check built from the API's own input schema: the values are mapped to the procedure's input and parsed
 * with `safeParse`, so the browser shows the server's messages at the same fields before anything is sent.
 * `extra` adds checks the schema cannot make (a repeated password), reported after the schema's.
 */
export function schemaValidator<V, T>(
  schema: z.ZodType<T>,
  toInput: (values: V) => unknown,
  extra?: (values: V) => FieldErrors,
): (values: V) => Validation<T> {
  return (values) => {
    const parsed = schema.safeParse(toInput(values));
    const errors = { ...(parsed.success ? {} : issuesToFieldErrors(parsed.error.issues)) };
    for (const [field, message] of Object.entries(extra?.(values) ?? {})) errors[field] ??= message;
    if (parsed.success && Object.keys(errors).length === 0) return { ok: true, data: parsed.data };
    return { ok: false, errors };
  };
}

/** The check of a "repeat the new password" field: the schema knows nothing of it. */
export function confirmationMismatch(password: string, confirmation: string, field: string): FieldErrors {
  if (confirmation === '') return { [field]: 'Enter the new password again' };
  return password === confirmation ? {} : { [field]: 'The passwords do not match' };
}
