/**
 * The outcome of a rule that can refuse. Expected failures are values the caller must look at; only broken
 * contracts (a programmer's mistake) are thrown.
 */
export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };
