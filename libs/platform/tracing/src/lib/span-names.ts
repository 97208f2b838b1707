/**
 * Names for HTTP spans. The http and undici instrumentations name a span by its method alone (`POST`); a trace of a
 * checkout then reads as a dozen identical POSTs. A tRPC call's URL names its procedures (`/trpc/a.b,c.d?batch=1`),
 * so its spans are named after them. Span names must stay few: anything else keeps the method-only name.
 */

/** Most procedures one name lists (a batch may carry 25). */
const MAX_NAMED = 5;
const PROCEDURE = /^[A-Za-z][\w-]*(\.[A-Za-z][\w-]*){0,8}$/;

/** The procedures a `/trpc/…` path calls, or undefined when it is not one (or names something odd). */
export function trpcProcedures(pathAndQuery: string): readonly string[] | undefined {
  if (!pathAndQuery.startsWith('/trpc/')) return undefined;
  const end = pathAndQuery.indexOf('?');
  const segment = pathAndQuery.slice('/trpc/'.length, end === -1 ? undefined : end);
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return undefined;
  }
  const procedures = decoded.split(',');
  return procedures.length > 0 && procedures.every((name) => PROCEDURE.test(name)) ? procedures : undefined;
}

export interface HttpSpanNaming {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/**
 * `POST /trpc/storefront.checkout.place` (a batch: the first five, then `+n`), with `rpc.system` and `rpc.method`
 * (every procedure, comma-separated); undefined for a request that is not a tRPC call.
 */
export function trpcSpanNaming(method: string, pathAndQuery: string): HttpSpanNaming | undefined {
  const procedures = trpcProcedures(pathAndQuery);
  if (!procedures) return undefined;
  const shown = procedures.slice(0, MAX_NAMED).join(',');
  const more = procedures.length > MAX_NAMED ? `+${procedures.length - MAX_NAMED}` : '';
  return {
    name: `${method.toUpperCase()} /trpc/${shown}${more}`,
    attributes: { 'rpc.system': 'trpc', 'rpc.method': procedures.join(','), 'http.route': '/trpc/{procedures}' },
  };
}

/** Probes and scrapes: asked every few seconds, they would bury the traces worth reading. */
const UNTRACED_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

export function isUntracedPath(pathAndQuery: string | undefined): boolean {
  if (!pathAndQuery) return false;
  const end = pathAndQuery.indexOf('?');
  return UNTRACED_PATHS.has(end === -1 ? pathAndQuery : pathAndQuery.slice(0, end));
}
