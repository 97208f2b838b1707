/** The outcome of a store call that can refuse: expected failures are values, anything else is thrown. */
export type CartStoreResult<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** Thrown inside a transaction to roll it back; `refusable` turns it back into a value at the boundary. */
export class Refusal<E> extends Error {
  constructor(readonly failure: E) {
    super(typeof failure === 'object' && failure !== null && 'type' in failure ? String(failure.type) : 'Refusal');
    this.name = 'Refusal';
  }
}

export function refuse<E>(failure: E): never {
  throw new Refusal(failure);
}

/**
 * Runs `work`; a Refusal thrown anywhere inside (and the rollback it caused) becomes `{ ok: false }`. Only failures
 * of type E may be refused inside `work`: the caller states E, and every `refuse` call in it should match.
 */
export async function refusable<T, E>(work: () => Promise<T>): Promise<CartStoreResult<T, E>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.failure as E };
    throw error;
  }
}
