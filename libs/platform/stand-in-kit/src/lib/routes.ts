import type { IncomingHttpHeaders } from 'node:http';
import type { Reply } from './json-http';

export interface ApiRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  rawBody: string;
}

export type Handler<R = ApiRequest, A = Reply | Promise<Reply>> = (request: R, params: string[]) => A;
/** The pattern's groups arrive URL-decoded as `params`. */
export type Route<R = ApiRequest, A = Reply | Promise<Reply>> = [method: string, pattern: RegExp, handler: Handler<R, A>];

/** The stand-in's own errors for a request no route takes. */
export interface RouteMisses {
  methodNotAllowed(method: string, path: string): Error;
  notFound(method: string, path: string): Error;
}

/** A router over `routes`: the first whose pattern and method match answers; a known path with another method is a 405. */
export function router<R extends { method: string; path: string } = ApiRequest, A = Reply | Promise<Reply>>(
  routes: Route<R, A>[],
  misses: RouteMisses,
): (request: R) => A {
  return (request) => {
    let pathMatched = false;
    for (const [method, pattern, handler] of routes) {
      const match = pattern.exec(request.path);
      if (!match) continue;
      pathMatched = true;
      if (method === request.method) return handler(request, match.slice(1).map(decodeURIComponent));
    }
    throw pathMatched ? misses.methodNotAllowed(request.method, request.path) : misses.notFound(request.method, request.path);
  };
}
