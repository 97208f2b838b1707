/** The outcome of a rule that can refuse: expected failures are values the caller must look at, never thrown. */
export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };
