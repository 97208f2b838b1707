import type { Context, MiddlewareHandler } from 'hono';
import { isServiceToken, SERVICE_TOKEN_HEADER } from '@emporium/platform-trpc';

/**
 * Cross-site request forgery defence for cookie sessions. A browser always sends `Origin` with a non-GET request and
 * a page on another site cannot forge it, so every mutation must come from the shop's own origin (PUBLIC_URL, or,
 * when none is configured, the host the request was sent to) or a TRUSTED_ORIGINS entry. Bodies a plain HTML form
 * can send (form-encoded, multipart, text/plain) are refused outright: tRPC speaks JSON only. Another Emporium process
 * proves itself with the service token instead (a browser never holds it), whatever origin it was configured with.
 */
export function csrfGuard(options: { trustedOrigins: ReadonlySet<string>; matchHost: boolean; serviceToken?: string }): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    const contentType = (c.req.header('content-type') ?? '').split(';', 1)[0]?.trim().toLowerCase();
    if (contentType !== 'application/json') return refuse(c, 'UNSUPPORTED_MEDIA_TYPE', 415, 'Send the request body as application/json');
    if (isServiceToken(c.req.header(SERVICE_TOKEN_HEADER), options.serviceToken)) return next();
    const origin = c.req.header('origin');
    if (!origin || !isAllowedOrigin(origin, c, options)) return refuse(c, 'FORBIDDEN', 403, 'This request did not come from the shop');
    return next();
  };
}

function isAllowedOrigin(origin: string, c: Context, options: { trustedOrigins: ReadonlySet<string>; matchHost: boolean }): boolean {
  if (options.trustedOrigins.has(origin)) return true;
  if (!options.matchHost) return false;
  const host = c.req.header('host');
  if (!host) return false;
  try {
    const url = new URL(origin);
    return url.host === host && (url.protocol === 'http:' || url.protocol === 'https:');
  } catch {
    return false;
  }
}

function refuse(c: Context, code: string, status: 403 | 415, message: string) {
  return c.json({ error: { message, code: -32600, data: { code, httpStatus: status, reason: 'cross_site_request' } } }, status);
}
