import { z } from 'zod';

/** `error_500` answers 500; `timeout` holds the connection, then drops it; `succeed_then_timeout` does the work, then drops it. */
export type FailureMode = 'error_500' | 'timeout' | 'succeed_then_timeout';

/** The body of `POST /_control/failures`. */
export const failureRule = z.object({
  next: z.number().int().min(1).max(1000),
  mode: z.enum(['error_500', 'timeout', 'succeed_then_timeout']),
  /** Exactly this path, or with `*` for one segment: `/v1/payment_intents/*\/capture`. */
  path: z.string().startsWith('/v1/').optional(),
});

export interface FailureRule {
  /** How many matching requests fail. */
  next: number;
  mode: FailureMode;
  /** Only requests to this path (`*` stands for one segment); default any `/v1` path. */
  path?: string;
}
