import type { z } from 'zod';
import { fieldMessages, fieldProblems } from './api-problems';

/** Messages by field path (`address.city`), the first one for each; '' holds a problem with the input as a whole. */
export type CheckProblems = Readonly<Record<string, string>>;

export type SchemaCheck<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly problems: CheckProblems };

/**
 * A form's input checked in the browser with the schema the API validates it with, so staff see the server's own
 * messages at the same fields before anything is sent. Paths are dotted like the server's `fieldErrors`, so one
 * field-to-path mapping serves both.
 */
export function checkInput<T>(schema: z.ZodType<T>, input: unknown): SchemaCheck<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const problems: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    problems[path] ??= issue.message;
  }
  return { ok: false, problems };
}

/**
 * The text of a number field as the schema should see it: blank is missing (the schema says "Enter …"), digits
 * (with thousands separators) are a number, anything else is not a number at all, which the schema refuses too.
 */
export function numberInput(text: string): number | undefined {
  const cleaned = text.trim().replace(/[\s,]/g, '');
  if (cleaned === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** Optional free text: blank (or only spaces) is none. */
export function optionalText(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * A form's messages from both checks: the browser's (`local`, from `checkInput`) and the server's answer to the last
 * submit (`error`), by form field; `map` turns a path into a field (null: no field shows it). Problems no field
 * claims are listed apart so none is lost; the browser's come first, being the newer.
 */
export function formProblems(local: CheckProblems, error: unknown, map: (path: string) => string | null) {
  const browser = fieldMessages(
    Object.entries(local).map(([path, message]) => ({ path, message })),
    map,
  );
  const server = fieldMessages(fieldProblems(error), map);
  return { byField: { ...server.byField, ...browser.byField }, unclaimed: [...browser.unclaimed, ...server.unclaimed] };
}

/** The problems without one field's, once that field changes (its message goes; the rest wait for the next submit). */
export function withoutProblem(problems: CheckProblems, field: string): CheckProblems {
  const rest: Record<string, string> = { ...problems };
  delete rest[field];
  return rest;
}
