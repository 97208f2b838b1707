/** Why a carrier could not be reached or did not answer usefully. */
export type UnavailableReason = 'timeout' | 'network' | 'server_error' | 'deadline' | 'aborted' | 'bad_response';

/** The carrier could not be reached or did not answer usefully: a timeout, a network error, 5xx after retries. */
export class CarrierUnavailable extends Error {
  override readonly name = 'CarrierUnavailable';
  readonly type = 'CarrierUnavailable' as const;
  constructor(
    readonly carrier: string,
    readonly reason: UnavailableReason,
    message: string,
    readonly details: { readonly attempts: number; readonly status?: number; readonly cause?: unknown } = { attempts: 0 },
  ) {
    super(message, { cause: details.cause });
  }
}

/** The carrier answered and refused the request (a 4xx): retrying the same request would not help. */
export class CarrierRejected extends Error {
  override readonly name = 'CarrierRejected';
  readonly type = 'CarrierRejected' as const;
  constructor(
    readonly carrier: string,
    /** The carrier's error code (`invalid_request`, `label_in_transit`, …). */
    readonly code: string,
    message: string,
    readonly details: {
      /** The HTTP status; absent for refusals decided without a call (the table rate). */
      readonly status?: number;
      /** Field path → the carrier's messages, e.g. `{ "shipTo.postalCode": ["…"] }`. */
      readonly fieldErrors?: Readonly<Record<string, readonly string[]>>;
    } = {},
  ) {
    super(message);
  }
}

/** The idempotency key was used before for a different request: the caller derived the key wrongly. */
export class IdempotencyConflict extends Error {
  override readonly name = 'IdempotencyConflict';
  readonly type = 'IdempotencyConflict' as const;
  constructor(
    readonly carrier: string,
    readonly idempotencyKey: string,
    message = `The idempotency key "${idempotencyKey}" was already used for a different label request.`,
  ) {
    super(message);
  }
}

export type CarrierError = CarrierUnavailable | CarrierRejected | IdempotencyConflict;

export function isCarrierError(error: unknown): error is CarrierError {
  return error instanceof CarrierUnavailable || error instanceof CarrierRejected || error instanceof IdempotencyConflict;
}
