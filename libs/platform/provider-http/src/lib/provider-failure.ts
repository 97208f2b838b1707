/** Why a provider gave no usable answer; the caller's error class decides which of these it names and how. */
export type ProviderFailure =
  /** Every attempt failed in a way worth retrying, or the deadline left no time for another. */
  | {
      readonly kind: 'exhausted';
      /** The last attempt's failure; absent when no attempt could be made. */
      readonly reason?: 'timeout' | 'network' | 'server_error';
      /** True when the loop stopped for lack of time rather than for lack of retries. */
      readonly deadlineReached: boolean;
      readonly deadlineMs: number;
      /** `answered 503 (3 attempts)`, `no attempt was made`… */
      readonly summary: string;
      readonly attempts: number;
      readonly status?: number;
      readonly cause?: unknown;
    }
  /** A 2xx body that did not match the schema (`cause` is the zod error) or a status that is neither 2xx, 4xx nor 5xx. */
  | { readonly kind: 'bad_response'; readonly schemaMismatch: boolean; readonly attempts: number; readonly status: number; readonly cause?: unknown }
  /** The caller's signal fired. */
  | { readonly kind: 'aborted'; readonly attempts: number; readonly cause?: unknown };
