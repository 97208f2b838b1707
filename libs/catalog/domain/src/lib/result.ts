/**
 * The outcome of a rule that can refuse. Expected failures are values the caller must look at; only broken
 * contracts (a programmer's mistake) are thrown.
 */
export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** A rule that either passes or refuses, with nothing to hand back when it passes. */
export type Check<E> = { readonly ok: true } | { readonly ok: false; readonly error: E };
