/** Why a gateway could not be reached or did not answer usefully: the call's outcome is unknown. */
export type GatewayUnavailableReason = 'timeout' | 'network' | 'server_error' | 'bad_response';

/** No usable answer (timeout, network error, 5xx after retries): the operation may or may not have happened. */
export class GatewayUnavailable extends Error {
  override readonly name = 'GatewayUnavailable';
  readonly type = 'GatewayUnavailable' as const;
  constructor(
    readonly gateway: string,
    readonly reason: GatewayUnavailableReason,
    message: string,
    options: { readonly cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
  }
}

/** The gateway answered and refused (a 4xx): the operation did not happen; repeating it would not help. */
export class GatewayRejected extends Error {
  override readonly name = 'GatewayRejected';
  readonly type = 'GatewayRejected' as const;
  constructor(
    readonly gateway: string,
    /** The gateway's code (`amount_too_large`, `payment_intent_unexpected_state`, `resource_missing`…). */
    readonly code: string,
    message: string,
    readonly details: { readonly status?: number; readonly param?: string } = {},
  ) {
    super(message);
  }
}

/** The key was used before for a different request: the caller derived the key wrongly. */
export class GatewayIdempotencyConflict extends Error {
  override readonly name = 'GatewayIdempotencyConflict';
  readonly type = 'GatewayIdempotencyConflict' as const;
  constructor(
    readonly gateway: string,
    readonly idempotencyKey: string,
    message = `The idempotency key "${idempotencyKey}" was already used for a different request.`,
  ) {
    super(message);
  }
}
