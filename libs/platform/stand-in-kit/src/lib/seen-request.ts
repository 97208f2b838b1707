import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FailureMode } from './failure-rule';

/** One request as a stand-in saw it: `statusCode` null when no answer was sent (dropped). */
export interface SeenRequest {
  method: string;
  path: string;
  idempotencyKey: string | null;
  statusCode: number | null;
  /** Answered from the idempotency store: nothing was done. */
  replayed: boolean;
  injected: FailureMode | null;
}

/** Starts the record of `req`; the handler fills in `replayed` and `injected`, and `done` gets it once the answer is over. */
export function seeRequest<S extends SeenRequest>(req: IncomingMessage, res: ServerResponse, extra: Omit<S, keyof SeenRequest>, done: (seen: S) => void): S {
  const key = req.headers['idempotency-key'];
  const seen = {
    method: req.method ?? 'GET',
    path: new URL(req.url ?? '/', 'http://stand-in').pathname,
    idempotencyKey: typeof key === 'string' ? key : null,
    statusCode: null,
    replayed: false,
    injected: null,
    ...extra,
  } as S;
  res.once('close', () => {
    seen.statusCode = res.headersSent ? res.statusCode : null;
    done(seen);
  });
  return seen;
}
