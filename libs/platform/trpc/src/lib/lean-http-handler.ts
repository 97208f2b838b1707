import { type AnyRouter, getTRPCErrorFromUnknown, getTRPCErrorShape, TRPCError } from '@trpc/server';
import { getHTTPStatusCode, getHTTPStatusCodeFromError } from '@trpc/server/http';
// tRPC is pinned to one exact version, and the spec compares this handler with tRPC's own on every case.
import { getProcedureAtPath } from '@trpc/server/unstable-core-do-not-import';
import { MAX_BATCH_SIZE } from './service-client';

/**
 * What the lean handler needs of an HTTP request. Only plain GET queries and JSON POST mutations come here;
 * anything else (streaming, subscriptions, form data) goes to tRPC's own handler (see `isLeanTrpcRequest`).
 */
export interface LeanTrpcRequest {
  readonly method: 'GET' | 'POST';
  /** The part of the URL path after `/trpc/`, still URI-encoded: `catalog.products.list` or `a.b,c.d`. */
  readonly pathSegment: string;
  readonly isBatch: boolean;
  /** The `input` query parameter (GET) or the request body (POST); null when absent. */
  readonly rawInput: string | null;
}

export interface LeanTrpcResponse {
  readonly status: number;
  readonly body: string;
}

/** Only requests without streaming, connection parameters or non-JSON bodies take the lean path. */
export function isLeanTrpcRequest(method: string, headers: { get(name: string): string | null | undefined }, query: URLSearchParams): boolean {
  if (headers.get('trpc-accept') || query.has('connectionParams')) return false;
  if (method === 'GET') return true;
  return method === 'POST' && (headers.get('content-type') ?? '').startsWith('application/json');
}

const ACCEPTED_METHOD = { query: 'GET', mutation: 'POST', subscription: 'GET' } as const;

/**
 * tRPC's HTTP protocol for the common case, without the general-purpose machinery of tRPC's own adapter (WHATWG
 * Request/Response objects, abort signals, stream negotiation), which costs ~0.3 ms a request — most of the CPU of
 * a simple read. It follows `resolveResponse` step by step: the same lookups, method rules, lazy input parsing,
 * error shapes (through our formatter) and status codes. Procedures run exactly as tRPC runs them.
 */
export async function handleLeanTrpcRequest<TContext>(router: AnyRouter, request: LeanTrpcRequest, createContext: () => Promise<TContext>): Promise<LeanTrpcResponse> {
  const config = router._def._config;
  let ctx: TContext | undefined;
  try {
    const paths = request.isBatch ? decodeURIComponent(request.pathSegment).split(',') : [decodeURIComponent(request.pathSegment)];
    if (request.isBatch && paths.length > MAX_BATCH_SIZE) throw new TRPCError({ code: 'BAD_REQUEST', message: 'Batch call exceeds maximum size' });
    const inputs = lazyInputs(request, paths.length);
    const procedures = await Promise.all(paths.map((path) => getProcedureAtPath(router, path)));
    const types = new Set(procedures.flatMap((procedure) => (procedure ? [procedure._def.type] : [])));
    if (types.size > 1) throw new TRPCError({ code: 'BAD_REQUEST', message: `Cannot mix procedure types in call: ${[...types].join(', ')}` });
    ctx = await createContext();

    const envelopes = await Promise.all(
      paths.map(async (path, batchIndex) => {
        const procedure = procedures[batchIndex];
        try {
          if (!procedure) throw new TRPCError({ code: 'NOT_FOUND', message: `No procedure found on path "${path}"` });
          const type = procedure._def.type;
          if (ACCEPTED_METHOD[type] !== request.method) {
            throw new TRPCError({ code: 'METHOD_NOT_SUPPORTED', message: `Unsupported ${request.method}-request to ${type} procedure at path "${path}"` });
          }
          const data: unknown = await procedure({ path, getRawInput: async () => inputs.read()[batchIndex], ctx, type, signal: undefined, batchIndex });
          return { result: { data } };
        } catch (cause) {
          const error = getTRPCErrorFromUnknown(cause);
          const input = inputs.parsed()?.[batchIndex];
          return { error: getTRPCErrorShape({ config, ctx, error, input, path, type: procedure?._def.type ?? 'unknown' }) };
        }
      }),
    );
    // One call: its own status. A batch: the common status, or 207 when they differ (tRPC's rule).
    const payload = request.isBatch ? envelopes : envelopes[0];
    return { status: getHTTPStatusCode(payload as Parameters<typeof getHTTPStatusCode>[0]), body: JSON.stringify(payload) };
  } catch (cause) {
    const error = getTRPCErrorFromUnknown(cause);
    const shape = getTRPCErrorShape({ config, ctx, error, input: undefined, path: undefined, type: 'unknown' });
    return { status: getHTTPStatusCodeFromError(error), body: JSON.stringify({ error: shape }) };
  }
}

/** Inputs are parsed on first use, as tRPC does, so a malformed input fails the calls that read it. */
function lazyInputs(request: LeanTrpcRequest, count: number) {
  let parsed: unknown[] | undefined;
  return {
    parsed: () => parsed,
    read(): unknown[] {
      if (parsed) return parsed;
      let raw: unknown;
      try {
        raw = request.rawInput ? JSON.parse(request.rawInput) : undefined;
      } catch (cause) {
        throw new TRPCError({ code: 'BAD_REQUEST', message: cause instanceof Error ? cause.message : 'Invalid input', cause });
      }
      if (raw === undefined) return (parsed = []);
      if (!request.isBatch) return (parsed = [raw]);
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        throw new TRPCError({ code: 'BAD_REQUEST', message: '"input" needs to be an object when doing a batch call' });
      }
      const byIndex = raw as Record<string, unknown>;
      return (parsed = Array.from({ length: count }, (_, index) => byIndex[index]));
    },
  };
}
